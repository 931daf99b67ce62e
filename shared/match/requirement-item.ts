/**
 * One line of a posting's requirements read for what it asks: skills (with the ones offered as
 * alternatives grouped), years, a degree and whether equivalent experience stands in, and whether
 * the line is about where or with what rights one works.
 */
import { findSkills, type SkillHit } from '../skills/index.ts';
import type { RequirementItem } from './types.ts';
import { contentWords } from './words.ts';

const LOCATION_CUE =
  /\b(authori[sz]ed to work|right to work|relocat\w*|located in|based in|reside|commut\w*|citizenship|work permit)\b/i;
const YEARS =
  /(?:(?:at least|minimum(?: of)?|min\.?|over|more than)\s+)?(\d{1,2})\s*(?:\+|plus|or more)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/i;
/**
 * A Bachelor of Engineering written as "BE" (Australia, New Zealand, India): only with its honours
 * mark, "BE (Hons)", since a bare "be" is the verb.
 */
export const BE_HONOURS = String.raw`b\.?e(?=\s*\(hon)`;
const DEGREES: Array<[number, RegExp]> = [
  [4, /\b(ph\.?\s?d|doctorate|doctoral)\b/i],
  // A professional doctorate is the first degree of a profession (pharmacy, medicine, law): above a
  // bachelor's, not a research doctorate.
  [
    3,
    /\b(pharm\.?\s?d|doctor of (?:pharmacy|medicine|physical therapy|nursing practice)|juris doctor|dpt|dnp)\b/i,
  ],
  [
    3,
    /\b(master(?:'|’)?s?|m\.?s\.?c?|msn|m\.?eng|m\.?tech|m\.?phil|mba|m\.?a\.|graduate degree|advanced degree)\b/i,
  ],
  [
    2,
    new RegExp(
      String.raw`\b(bachelor(?:'|’)?s?|b\.?s\.?c?|b\.?a\.?|bsn|bscn|b\.?eng|b\.e\.|${BE_HONOURS}|b\.?tech|llb|pgce|undergraduate degree|4-year degree|four-year degree|university degree|college degree|degree in)\b`,
      'i',
    ),
  ],
  [1, /\b(associate(?:'|’)?s? degree|diploma|certificate)\b/i],
  [0.5, /\b(high school|ged)\b/i],
];
const EQUIVALENT =
  /\bor (?:equivalent|related|comparable) (?:practical |work |professional )?experience\b|\bor equivalent\b/i;
/**
 * The degree a line names. A posting's "Bachelor's or Master's" asks for the lower one; otherwise
 * the highest named wins ("BSc, then MSc" on a resume line is a master's).
 */
export function degreeOf(text: string): number | undefined {
  const named = DEGREES.filter(([, re]) => re.test(text)).map(([level]) => level);
  if (!named.length) return undefined;
  return named.length > 1 && /\bor\b/i.test(text) ? Math.min(...named) : named[0];
}

/**
 * Skills a line offers as alternatives: "Go or Python", "Tableau/Power BI", and a parent with
 * its examples, "message queues (Kafka, RabbitMQ)". Every other skill stands alone.
 */
function alternativeGroups(text: string, hits: SkillHit[]): number[][] {
  const groupOf = hits.map((_, i) => i);
  const join = (a: number, b: number) => {
    const from = groupOf[b];
    for (let i = 0; i < groupOf.length; i++) if (groupOf[i] === from) groupOf[i] = groupOf[a];
  };
  for (let i = 1; i < hits.length; i++) {
    const gap = text.slice(hits[i - 1].span[1], hits[i].span[0]);
    // "A or B", "A/B", "A, B, or C", "A (B, C)" and inside the parentheses.
    const inParens = text.lastIndexOf('(', hits[i].span[0]) > text.lastIndexOf(')', hits[i].span[0]);
    const comma = /^\s*,\s*$/.test(gap);
    // "Kafka, RabbitMQ or SQS": a comma list that ends in "or" is one choice.
    const listEndsInOr =
      comma && /^[^;.()]*\bor\b/.test(text.slice(hits[i].span[0], hits[i + 1]?.span[1] ?? 0));
    if (
      /^\s*(?:,\s*)?(?:or|\/|and\/or)\s*$/i.test(gap) ||
      /^\s*\(\s*$/.test(gap) ||
      (inParens && comma) ||
      listEndsInOr
    )
      join(i - 1, i);
  }
  const groups = new Map<number, Set<number>>();
  hits.forEach((h, i) => {
    const g = groups.get(groupOf[i]) ?? new Set<number>();
    g.add(h.skill.id);
    groups.set(groupOf[i], g);
  });
  return [...groups.values()].map((g) => [...g]);
}

/** One line of the requirements list, with what it asks for. */
export function itemOf(text: string, kind: 'required' | 'preferred', start: number): RequirementItem {
  const hits = findSkills(text);
  const item: RequirementItem = {
    text,
    kind,
    start,
    skills: [...new Set(hits.map((h) => h.skill.id))],
    words: [...contentWords(text)],
    groups: alternativeGroups(text, hits),
    locationCue: LOCATION_CUE.test(text),
  };
  const y = YEARS.exec(text);
  // "completing within 2 years", "18 years old" are not experience.
  if (
    y &&
    !/\b(within|in the (?:last|past))\s*$/i.test(text.slice(0, y.index)) &&
    !/^\s*(?:old|of age)\b/i.test(text.slice(y.index + y[0].length))
  ) {
    item.years = Number(y[1]);
    if (y[2]) item.yearsMax = Number(y[2]);
  }
  const degree = /degree|bachelor|master|ph\.?d|b\.?s\.?c?\b|m\.?s\.?c?\b|bsn|msn|diploma|ged|doctor/i.test(
    text,
  )
    ? degreeOf(text)
    : undefined;
  if (degree !== undefined) {
    item.degree = degree;
    item.degreeFlexible = EQUIVALENT.test(text);
  }
  return item;
}
