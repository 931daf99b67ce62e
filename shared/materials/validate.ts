// Every claim is checked against the items it cites: employers, titles, degrees, dates, numbers and
// skill names in the claim must appear there (any alias of a skill counts). A claim that fails is
// regenerated once, then dropped with a note (ground.ts). Nothing unverified reaches the user.
import { findSkills } from '../skills/index.ts';
import {
  capitalisedWords,
  degreeLevel,
  type Facts,
  factsOf,
  mentionsSkill,
  numbersIn,
  wordsOf,
} from './facts.ts';
import type { Claim } from './schema.ts';
import { EMPLOYER_ID, JOB_ID, POSTING_ID, type SourceIndex } from './sources.ts';

/** `person`: claims about the applicant (resume, letter, answers). `company`: claims about the employer. */
export type ClaimScope = 'person' | 'company';

const COMPANY_SOURCES = new Set([JOB_ID, POSTING_ID, EMPLOYER_ID]);
const DEGREE_NAMES: Record<number, string> = {
  0.5: 'high school diploma',
  1: 'associate degree or diploma',
  2: "bachelor's degree",
  3: "master's degree",
  4: 'doctorate',
};
// Seniority words make a title claim even in lower case ("as a senior engineer").
const TITLE_WORDS = ['senior', 'principal', 'director', 'chief', 'vp', 'manager', 'head'];

/** Facts per item, computed once per index: validation runs for every claim of every document. */
const factCache = new WeakMap<SourceIndex, Map<string, Facts>>();
function itemFacts(index: SourceIndex, id: string): Facts {
  let cache = factCache.get(index);
  if (!cache) {
    cache = new Map();
    factCache.set(index, cache);
  }
  let facts = cache.get(id);
  if (!facts) {
    facts = factsOf(index.items.get(id)?.text ?? '');
    cache.set(id, facts);
  }
  return facts;
}

function merged(index: SourceIndex, ids: string[]): Facts {
  const all = ids.map((id) => itemFacts(index, id));
  return {
    numbers: new Set(all.flatMap((f) => [...f.numbers])),
    skills: new Set(all.flatMap((f) => [...f.skills])),
    degrees: new Set(all.flatMap((f) => [...f.degrees])),
    words: new Set(all.flatMap((f) => [...f.words])),
    tokens: all.map((f) => f.tokens).join(''),
  };
}

/** Why a claim is not grounded in what it cites, or null when every fact checks out. */
export function checkClaim(claim: Claim, index: SourceIndex, scope: ClaimScope = 'person'): string | null {
  const sources = [...new Set(claim.sources)];
  if (sources.length === 0) return 'it cites nothing';
  const unknown = sources.find((id) => !index.items.has(id));
  if (unknown) return `it cites an item that does not exist (${unknown})`;
  if (scope === 'person') {
    const other = sources.find((id) => id === POSTING_ID || id === EMPLOYER_ID);
    if (other) return 'it rests on the posting, not on your profile';
  } else {
    const personal = sources.find((id) => !COMPANY_SOURCES.has(id));
    if (personal) return 'a company brief may cite only the posting and the employer text';
  }
  const cited = merged(index, sources);
  const text = claim.text;

  for (const n of numbersIn(text))
    if (!cited.numbers.has(n)) return `the number ${n} is not in the items it cites`;

  const skillWords = new Set<string>();
  for (const hit of findSkills(text)) {
    if (!mentionsSkill(cited, hit.skill.id, hit.skill.name))
      return `the skill "${hit.text}" is not in the items it cites`;
    for (const w of wordsOf(hit.text)) skillWords.add(w);
  }

  const level = degreeLevel(text);
  if (level !== undefined && !cited.degrees.has(level))
    return `the ${DEGREE_NAMES[level] ?? 'degree'} is not in the education it cites`;

  for (const word of capitalisedWords(text))
    if (!cited.words.has(word.toLowerCase()) && !skillWords.has(word.toLowerCase()))
      return `"${word}" is not in the items it cites`;

  const words = wordsOf(text);
  for (const w of TITLE_WORDS)
    if (words.has(w) && !cited.words.has(w)) return `the title word "${w}" is not in the items it cites`;

  // An employer, school or issuer from the profile, credited to an item that is not about it.
  const lower = ` ${text.toLowerCase()} `;
  for (const org of index.organisations) {
    if (!lower.includes(` ${org.name.toLowerCase()}`)) continue;
    if (!org.itemIds.some((id) => sources.includes(id)) && !mentionsOrgInJob(index, org.name, sources))
      return `"${org.name}" is not the organisation of the items it cites`;
  }
  return null;
}

function mentionsOrgInJob(index: SourceIndex, name: string, sources: string[]): boolean {
  return (
    sources.some((id) => COMPANY_SOURCES.has(id)) &&
    (index.job.company ?? '').toLowerCase() === name.toLowerCase()
  );
}

export { DEGREE_NAMES };
