import { CONTRACT_WORK, namesContractForm } from '../match/employment.ts';
import { isPeopleManagement } from '../match/ruled-out.ts';
import { REFUSAL } from '../text/refusals.ts';
import { ROLE_NOUN } from './targets.ts';

/**
 * Asking for an individual-contributor role ("as an individual contributor", "I want to stay an
 * individual contributor", "a Lead (IC) role") rules out managing people, unless the same clause also
 * names a manager role ("Head of Growth, or a senior individual-contributor role") or turns the track
 * down ("not looking to return to an IC track").
 */
const WANTS_IC =
  /\b(?:as|stay|remain)\s+an?\s+individual[- ]contributor\b|\((?:IC|individual[- ]contributor)\)|\b(?:individual[- ]contributor|IC)\s+(?:[\w-]+\s+){0,2}?(?:roles?|positions?|posts?|track)\b/i;
const IC_EITHER_WAY = /\b(?:not|never|no longer|manager|management|head of|director)\b|n['’]t\b/i;
const PEOPLE_MANAGEMENT = 'people management';
/**
 * Asking for a permanent post rules out contract work: "Seeking a permanent role", "CDI only",
 * "Direct-hire preferred", "a full-time Instructional Designer role". A sentence that names contract
 * work too ("full-time via an employer of record, or contract") takes either.
 */
const ASKS_PERMANENT =
  /\b(?:permanent|CDI|direct[- ]hire)\b(?!\s+resid)|\bfull[- ]time(?:\s+[\w/-]+){0,8}?\s+(?:roles?|positions?|jobs?|posts?|employment|opportunit\w*)\b/i;
const WANTS = /\b(?:looking|seeking|searching|want\w*|open to|prefer\w*|only|targeting)\b/i;
/** "I am not seeking a full-time permanent position": the ask turned down, not made. */
const WANTS_NOT =
  /\b(?:not|no longer|never)\s+(?:\w+\s+)?(?:looking|seeking|searching|want\w*|interested)\b|n['’]t\s+(?:\w+\s+)?(?:looking|seeking|want\w*)\b/i;
/**
 * Day shifts only ("I can only work day shift (7a-3p) because of childcare", "days only", "available for day
 * shifts only"): night work is turned down, as "not looking for night shifts" says it.
 */
const DAYS_ONLY =
  /\b(?:can|could)\s+only\s+work\s+(?:the\s+)?days?(?:\s+shifts?)?\b|\bdays?(?:\s+shifts?)?\s+only\b|\bonly\s+(?:available\s+(?:for|to\s+work)\s+)?days?\s+shifts?\b/i;
const NIGHT_WORK = 'night';
const NAMES_CONTRACT = /\b(?:contract\w*|freelance\w*|B2B|day rate|PJ|1099|interim)\b/i;
const ALTERNATIVES = /\s*(?:,|\/|\bor\b|\band\b)\s*/i;
/**
 * The role noun that closes what is turned down, and what follows it ("… roles in London"). Only the
 * last: in "sales roles or graphic-design-only roles" the first "roles" ends one alternative, not the list.
 */
const TAIL = new RegExp(String.raw`\s+(?:${ROLE_NOUN}|work)\b(?!.*\s(?:${ROLE_NOUN}|work)\b).*$`, 'i');
/**
 * An alternative's own role noun: "sales roles" of "sales roles or graphic-design-only roles"; for a
 * pattern of hours, its shifts ("night-only schedules", "weekend shifts"), and the "only" that says
 * all of them are: a "CT Technologist - Nights" post is the night work turned down.
 */
const OWN_NOUN = new RegExp(
  String.raw`(?:[\s-]+only)?\s+(?:${ROLE_NOUN}|work|shifts?|schedules?|rotas?|rosters?)$`,
  'i',
);

/**
 * What a resume says the person does not want: "Not looking for MLOps, ML platform or data-engineering
 * roles", "I am not looking for a people-management role", "not looking at payroll roles", "no
 * ward-based posts". Each comes back as a short phrase the person can see and edit in their profile
 * ("Not interested in").
 */
const BARE_NOT =
  /^,?\s+(?:and\s+)?not\s+(?!(?:looking|searching|interested|pursuing|seeking|open|after)\b)([^.;:]{3,60})/i;

export function readRuledOut(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(REFUSAL)) {
      // An aside in brackets says which kind, or names the same work again ("technical writing (API /
      // developer docs)", "senior leadership (assistant / deputy head) roles"): what is turned down is
      // the thing before it, and the bracket's slash is no list of its own.
      // Each way of refusing has its own group for what is refused (refusals.ts); one of them matched.
      // "senior roles yet, and not graphic design", "sales roles, nor agency work": a second refusal
      // in the same sentence is read on its own, each clause cut after its own role noun.
      // A bare "not" after the refusal goes on with it ("Not looking for senior roles yet, and not
      // graphic design"); a clause with its own verb ("and not looking for …") is a match of its own.
      const more = BARE_NOT.exec(line.slice((m.index ?? 0) + m[0].length))?.[1];
      const parts = [m.slice(1).find((g) => g !== undefined) ?? '', ...(more ? [more] : [])]
        .join(' and not ')
        .split(/,?\s+(?:and\s+not|nor|or\s+not)\s+/i)
        .flatMap((clause) =>
          clause
            .replace(TAIL, '')
            .replace(/\s*\([^)]*\)/g, '')
            .split(ALTERNATIVES),
        );
      for (const part of parts) {
        // "a purely bedside role" turns down bedside roles: the adverb says how much, not what.
        const phrase = part
          .trim()
          // "another month-end accounting role" turns down month-end accounting, the one held now too; so does
          // "further store management roles".
          .replace(/^(?:a|an|any|the|another|further|more|other|additional)\s+/i, '')
          // "… roles or for post-sales support", "retail pharmacy, or in pharmaceutical sales": the
          // second "for" or "in" opens the next alternative.
          .replace(/^(?:for|in)(?:\s+|$)/i, '')
          .replace(OWN_NOUN, '')
          .replace(/^(?:pure|purely|solely|strictly|exclusively)\s+/i, '');
        if (phrase.length < 3 || phrase.split(/\s+/).length > 4 || /^(?:relocat|mov|travel)/i.test(phrase))
          continue;
        if (!out.some((p) => p.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
      }
    }
    // Read by clause: in "I want to stay an individual contributor: I am not after a team" the
    // refusal after the colon backs the ask rather than turning it down.
    const asIc = line.split(/(?<=[.;:!])\s+/).some((s) => WANTS_IC.test(s) && !IC_EITHER_WAY.test(s));
    if (asIc && !out.some(isPeopleManagement)) out.push(PEOPLE_MANAGEMENT);
    const permanent = line
      .split(/(?<=[.;!])\s+/)
      .some((s) => ASKS_PERMANENT.test(s) && WANTS.test(s) && !NAMES_CONTRACT.test(s) && !WANTS_NOT.test(s));
    if (permanent && !out.some(namesContractForm)) out.push(CONTRACT_WORK);
    if (DAYS_ONLY.test(line) && !out.some((p) => /^nights?$/i.test(p))) out.push(NIGHT_WORK);
  }
  return out.slice(0, 12);
}
