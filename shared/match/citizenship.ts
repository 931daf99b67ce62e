/**
 * Postings open to citizens only: "This position is open to Singapore Citizens only", "U.S.
 * citizenship is required", "must be an Australian citizen or permanent resident", "Singaporeans
 * only", a condition line "Canadian citizenship or permanent resident status". Authorization alone
 * does not meet these, so they are read apart from the right to work.
 * Equal-opportunity lines ("regardless of citizenship") and lists that admit visa holders are not.
 */
import { PEOPLE_WORDS, peopleIn, unionMembersIn } from '../geo/index.ts';
import { countriesIn } from './geo.ts';
import { sentencesOf } from './sentences.ts';

export interface CitizensOnly {
  /** The countries whose citizens may apply; empty when the posting names none and has no country. */
  countries: string[];
  /** Permanent residents (green card holders, "PRs", US persons) may apply too. */
  residentsToo: boolean;
  /** The sentence that says so, for the evidence. */
  text: string;
}

const RESTRICTS = new RegExp(
  [
    String.raw`\b(?:open|restricted|limited|available)\s+(?:only\s+)?to\b[^.;\n]{0,50}\bcitizens?\b(?:[^.;\n]{0,40}\bonly\b)?`,
    String.raw`\bcitizens?\b[^.;\n]{0,50}\bonly\b`,
    String.raw`\bonly\b[^.;\n]{0,30}\bcitizens?\b`,
    String.raw`\bmust\s+(?:be|hold)\b[^.;\n]{0,40}\b(?:citizens?|citizenship)\b`,
    String.raw`\bcitizenship\s+(?:is\s+)?(?:required|mandatory|a (?:must|requirement))`,
    String.raw`\brequir(?:es?|ed|ing)\b[^.;\n]{0,30}\bcitizenship\b`,
    // A condition that opens by naming the citizenship: "Canadian citizenship or PR status."
    String.raw`^[\s*•·–-]*(?:[A-Z]?\d+[.)]\s+)?(?:${PEOPLE_WORDS})\s+citizenship\b`,
    String.raw`\b(?:${PEOPLE_WORDS})s\s+only\b|\bonly\s+(?:${PEOPLE_WORDS})s\b`,
    String.raw`\b(?:must|required)\b[^.;\n]{0,30}\bU\.?S\.? persons?\b`,
  ].join('|'),
  'i',
);
const NOT_A_LIMIT =
  /\bregardless\b|\bwithout regard\b|\birrespective\b|\bdiscriminat|\bvisa holders?\b|\bwork (?:visa|permit)s?\b|\bvalid (?:visa|permit)\b|\bpreferred\b/i;
// Ireland's Stamp 4 is its long-term residence permission: its holders may apply where citizens may.
const RESIDENTS =
  /\bpermanent residen|\bPRs?\b|\bgreen card|\bU\.?S\.? persons?\b|\bresidents\b|\bstamp 4\b/i;

/** The posting's citizens-only statement, if it has one. `jobCountry` stands in when none is named. */
export function citizensOnly(text: string, jobCountry?: string): CitizensOnly | null {
  for (const sentence of sentencesOf(text)) {
    if (!RESTRICTS.test(sentence) || NOT_A_LIMIT.test(sentence)) continue;
    const named = new Set<string>(peopleIn(sentence));
    for (const code of countriesIn(sentence)) named.add(code);
    if (/\bU\.?S\.? persons?\b/i.test(sentence)) named.add('US');
    for (const code of unionMembersIn(sentence)) named.add(code);
    const countries = named.size ? [...named] : jobCountry ? [jobCountry] : [];
    return { countries, residentsToo: RESIDENTS.test(sentence), text: sentence.trim() };
  }
  return null;
}

/**
 * What a citizens-only posting means for this person: met, a deal-breaker when the profile says
 * they are not a citizen (a citizenship elsewhere, permanent residence there, or a need for the
 * employer's sponsorship, which no citizen or permanent resident has), or a note to check when the
 * profile does not say.
 */
export function citizensOnlyOutcome(
  person: {
    citizenOf: ReadonlySet<string>;
    residentOf: ReadonlySet<string>;
    requiresSponsorship?: boolean | null;
  },
  only: CitizensOnly | null,
): { dealBreaker?: string; note?: string } {
  if (!only?.countries.length) return {};
  const qualifies = only.countries.some(
    (c) => person.citizenOf.has(c) || (only.residentsToo && person.residentOf.has(c)),
  );
  if (qualifies) return {};
  const who = `${only.countries.join('/')} citizens${only.residentsToo ? ' and permanent residents' : ''}`;
  const residentThere = only.countries.filter((c) => person.residentOf.has(c));
  if (residentThere.length)
    return {
      dealBreaker: `Open to ${who} only; your profile says you are a permanent resident of ${residentThere.join('/')}`,
    };
  // "Post-graduation work permit; I will need an LMIA to stay": on a temporary permit, so neither.
  if (person.requiresSponsorship === true)
    return { dealBreaker: `Open to ${who} only; your profile says you need visa sponsorship` };
  if (person.citizenOf.size)
    return {
      dealBreaker: `Open to ${who} only; your profile lists citizenship of ${[...person.citizenOf].join('/')}`,
    };
  return { note: `Open to ${who} only: add your citizenship to your profile, or check you qualify` };
}
