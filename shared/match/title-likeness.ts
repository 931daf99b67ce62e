/**
 * How much two titles name the same job: their role families, and their words once level words,
 * filler and capitalised abbreviations ("EM", "SRE") are dealt with. Levels are weighed on their own
 * (titles.ts).
 */
import { familiesOf, familyPair } from './title-families.ts';

const STOP = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'staff',
  'lead',
  'principal',
  'i',
  'ii',
  'iii',
  'iv',
  // Level words say how senior, not what the job is: the level is weighed on its own.
  'intern',
  'internship',
  'co-op',
  'trainee',
  'graduate',
  'grad',
  'new',
  'entry',
  'mid',
  'the',
  'of',
  'and',
  'for',
  'to',
  'a',
  'in',
  'at',
  'with',
]);
const SYNONYM: Record<string, string> = {
  developer: 'engineer',
  programmer: 'engineer',
  dev: 'engineer',
  swe: 'engineer',
  backend: 'back-end',
  frontend: 'front-end',
  rn: 'nurse',
};

export function titleTokens(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .split(/[^a-z0-9+#.-]+/)
    .map((t) => SYNONYM[t] ?? t)
    .filter((t) => t && !STOP.has(t));
}

export interface TitleInfo {
  tokens: string[];
  families: string[];
}

/**
 * Job-title abbreviations people and postings write in capitals ("first NUM role", "EM, Platform"):
 * spelled out, they compare with the written-out title. Capitals only: "em" and "num" are words too.
 */
const ABBREVIATIONS: Record<string, string> = {
  NUM: 'Nurse Unit Manager',
  ANUM: 'Associate Nurse Unit Manager',
  CNS: 'Clinical Nurse Specialist',
  ANP: 'Advanced Nurse Practitioner',
  EM: 'Engineering Manager',
  AE: 'Account Executive',
  SDR: 'Sales Development Representative',
  BDR: 'Business Development Representative',
  TPM: 'Technical Program Manager',
  UXR: 'UX Researcher',
  SRE: 'Site Reliability Engineer',
};
const ABBREVIATION = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');
export const spellOut = (title: string) => title.replace(ABBREVIATION, (m) => ABBREVIATIONS[m] ?? m);

export const titleInfo = (title: string): TitleInfo => {
  const full = spellOut(title);
  return { tokens: titleTokens(full), families: familiesOf(full) };
};

/** 0..1: how much two titles name the same job. */
export function titleSimilarity(a: TitleInfo, b: TitleInfo): number {
  let fam = 0;
  for (const fa of a.families) for (const fb of b.families) fam = Math.max(fam, familyPair(fa, fb));
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.includes(t)) shared++;
  const dice = a.tokens.length + b.tokens.length ? (2 * shared) / (a.tokens.length + b.tokens.length) : 0;
  const headBonus = a.tokens.length && a.tokens.at(-1) === b.tokens.at(-1) ? 0.2 : 0;
  const tokenSim = Math.min(1, dice + headBonus);
  if (!a.families.length || !b.families.length) return tokenSim;
  return 0.6 * fam + 0.4 * tokenSim;
}
