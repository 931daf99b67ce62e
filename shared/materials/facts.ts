// The checkable facts in a piece of text: numbers, skills, degree levels, capitalised names.
// The validator compares a claim's facts with those of the items it cites.
import { degreeOf } from '../match/requirement-item.ts';
import { findSkills, lookupSkill, nameKey, tokenize } from '../skills/index.ts';
import { MONTHS } from './sources.ts';

export interface Facts {
  numbers: Set<string>;
  skills: Set<number>;
  degrees: Set<number>;
  /** Lower-cased words, for names and titles. */
  words: Set<string>;
  /** Space-joined token keys with a space at each end, for alias lookups (" node.js "). */
  tokens: string;
}

// A number standing alone: "p95", "k8s" and "EC2" are names, not figures.
const NUMBER = /(?<!\p{L})\d+(?:[.,]\d+)*/gu;
/** "1,200" and "1200" are the same number; "3.0" and "3" too. */
const numberKey = (raw: string) => raw.replace(/,(?=\d{3}\b)/g, '').replace(/\.0+$/, '');

export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => numberKey(m[0]));
}

// Same guard as a requirement line: only lines that talk about degrees are read for a level.
const DEGREE_WORDS =
  /degree|bachelor|master|ph\.?\s?d|doctor|\bb\.?s\.?c?\b|\bm\.?s\.?c?\b|\bmba\b|\bb\.?a\.?\b|\bm\.?eng\b|\bb\.?eng\b/i;
export function degreeLevel(text: string): number | undefined {
  return DEGREE_WORDS.test(text) ? degreeOf(text) : undefined;
}

export const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#&]+/u)
      .filter(Boolean),
  );

export function factsOf(text: string): Facts {
  const skills = new Set(findSkills(text).map((h) => h.skill.id));
  const degrees = new Set<number>();
  for (const line of text.split(/\n|,|;/)) {
    const d = degreeLevel(line);
    if (d !== undefined) degrees.add(d);
  }
  return {
    numbers: new Set(numbersIn(text)),
    skills,
    degrees,
    words: wordsOf(text),
    tokens: ` ${tokenize(text)
      .map((t) => t.key)
      .join(' ')} `,
  };
}

/** Does the text name this skill under any of its names (aliases allowed), even where detection is strict? */
export function mentionsSkill(facts: Facts, id: number, name: string): boolean {
  if (facts.skills.has(id)) return true;
  const entry = lookupSkill(name);
  const names = entry ? [entry.name, ...entry.aliases] : [name];
  return names.some((n) => facts.tokens.includes(` ${nameKey(n)} `));
}

/** Capitalised words that start no sentence: names of employers, schools, products, titles. */
export function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  const parts = text.split(/\s+/).filter(Boolean);
  parts.forEach((raw, i) => {
    const prev = parts[i - 1];
    if (i === 0 || /[.!?:;"“(]$/.test(prev ?? '')) return;
    // "CI/CD", "Node-RED": each part is a word, as in the cited text.
    for (const word of raw.split(/[^\p{L}\p{N}+#&]+/u)) {
      if (/^\p{Lu}/u.test(word) && !ALWAYS_CAPITALISED.has(word)) out.push(word);
    }
  });
  return out;
}

/** Words English capitalises anywhere: they say nothing about employers or titles. */
const ALWAYS_CAPITALISED = new Set([
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  ...MONTHS,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
]);
