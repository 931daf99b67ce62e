import { findSkills, type SkillHit, skillById } from '../skills/index.ts';
import { postingPlace } from './posting-place.ts';
import { postingRights } from './posting-rights.ts';
import { postingPay } from './salary.ts';
import {
  isConditionsLine,
  isPreferredLine,
  type Line,
  REQUIREMENT_CUE,
  type SectionKind,
  splitSections,
} from './sections.ts';
import { seniorityOf } from './titles.ts';
import type { JobInput, ParsedPosting, RequirementItem } from './types.ts';
import { contentWords } from './words.ts';

const LOCATION_CUE =
  /\b(authori[sz]ed to work|right to work|relocat\w*|located in|based in|reside|commut\w*|citizenship|work permit)\b/i;
const YEARS =
  /(?:(?:at least|minimum(?: of)?|min\.?|over|more than)\s+)?(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/i;
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
    /\b(bachelor(?:'|’)?s?|b\.?s\.?c?|b\.?a\.?|bsn|bscn|b\.?eng|b\.e\.|b\.?tech|llb|pgce|undergraduate degree|4-year degree|four-year degree|university degree|college degree|degree in)\b/i,
  ],
  [1, /\b(associate(?:'|’)?s? degree|diploma|certificate)\b/i],
  [0.5, /\b(high school|ged)\b/i],
];
const EQUIVALENT =
  /\bor (?:equivalent|related|comparable) (?:practical |work |professional )?experience\b|\bor equivalent\b/i;
function minYears(items: RequirementItem[]): { min: number | null; max: number | null } {
  let min: number | null = null;
  let max: number | null = null;
  for (const item of items) {
    if (item.kind !== 'required' || item.years === undefined) continue;
    if (min === null || item.years > min) min = item.years;
    if (item.yearsMax !== undefined) max = Math.max(max ?? 0, item.yearsMax);
  }
  return { min, max };
}

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
function itemOf(text: string, kind: 'required' | 'preferred', start: number): RequirementItem {
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

const WORK_RIGHTS = /\b(sponsor\w*|authori[sz]ed to work|right to work|entitled to work|work permit)\b/i;

/**
 * An unstructured paragraph, one sentence per line; a semicolon parts clauses too, so a run-on
 * "you will need X; Y and Z are desirable" keeps X required.
 */
function sentences(line: Line): Line[] {
  const parts = line.text.split(/(?<=[.!?])\s+(?=[A-Z])|(?<=;)\s+/);
  let offset = line.start;
  return parts.map((text) => {
    const out = { ...line, text, start: offset };
    offset += text.length + 1;
    return out;
  });
}

const SOFT = new Set(['soft', 'spoken-language']);

const SKILL_WEIGHT: Record<SectionKind, number> = {
  required: 3,
  preferred: 1.5,
  duties: 1,
  intro: 0.5,
  about: 0,
  benefits: 0,
};

/**
 * Everything the scorer needs from a posting, computed once per job: requirement lines,
 * weighted skills, years, degree, seniority, place, work type, salary and visa statements.
 */
export function parsePosting(job: JobInput): ParsedPosting {
  const text = job.descriptionText ?? '';
  const lines = splitSections(text);
  const structured = lines.some((l) => l.kind === 'required' || l.kind === 'preferred');
  const items: RequirementItem[] = [];
  const skillWeight = new Map<number, number>();
  const bump = (id: number, w: number) => skillWeight.set(id, Math.max(skillWeight.get(id) ?? 0, w));

  for (const line of structured ? lines : lines.flatMap(sentences)) {
    let kind = line.kind;
    // No headings at all: sentences that read like requirements are requirements.
    if (!structured && REQUIREMENT_CUE.test(line.text)) kind = 'required';
    // Visa and right-to-work statements are conditions wherever they appear.
    if (WORK_RIGHTS.test(line.text) && kind !== 'benefits') kind = 'required';
    if (kind === 'required' && isPreferredLine(line.text)) kind = 'preferred';
    if (
      (kind === 'required' || kind === 'preferred') &&
      isConditionsLine(line.text) &&
      !WORK_RIGHTS.test(line.text)
    )
      kind = 'benefits';
    if (kind === 'required' || kind === 'preferred') {
      const item = itemOf(line.text, kind, line.start);
      items.push(item);
      for (const id of item.skills) bump(id, SKILL_WEIGHT[kind]);
    } else if (SKILL_WEIGHT[kind] > 0) {
      for (const h of findSkills(line.text)) bump(h.skill.id, SKILL_WEIGHT[kind]);
    }
  }
  // Captured requirement lists (from JSON-LD or an adapter) are the strongest signal.
  for (const [kind, list] of [
    ['required', job.requirements?.required ?? []],
    ['preferred', job.requirements?.preferred ?? []],
  ] as const) {
    for (const t of list) {
      const key = sameLine(t);
      if (items.some((i) => sameLine(i.text) === key)) continue;
      const item = itemOf(t, kind, -1);
      items.push(item);
      for (const id of item.skills) bump(id, SKILL_WEIGHT[kind]);
    }
  }
  for (const h of findSkills(job.title)) bump(h.skill.id, SKILL_WEIGHT.required);

  const { places, country, locationText, workType, remoteCountries, remoteRegions, remoteExcludedRegions } =
    postingPlace(job, text);
  const { min, max } = minYears(items);
  const degreeItems = items.filter((i) => i.degree !== undefined);
  const requiredDegree = degreeItems.find((i) => i.kind === 'required');

  // Soft skills and spoken languages count half: every posting asks for "communication".
  const skills = [...skillWeight]
    .map(([id, weight]) => ({ id, weight: SOFT.has(skillById(id).category) ? weight / 2 : weight }))
    .filter((s) => s.weight > 0);
  const alternatives = items.flatMap((i) => i.groups.filter((g) => g.length > 1));
  const position = new Map(skills.map((s, i) => [s.id, i]));
  const alternativeIndex = alternatives
    .map((g) => g.map((id) => position.get(id)).filter((i): i is number => i !== undefined))
    .filter((g) => g.length > 1);

  return {
    title: job.title,
    seniority: seniorityOf(job.title, min, max, text),
    items,
    skills,
    alternatives,
    alternativeIndex,
    minYears: min,
    maxYears: max,
    degree: requiredDegree ?? degreeItems[0] ?? null,
    places,
    workType,
    remoteCountries,
    remoteRegions,
    remoteExcludedRegions,
    salary: job.salary ?? postingPay(`${text}\n${locationText}`, country),
    ...postingRights(text, country ?? remoteCountries[0]),
    text,
  };
}

const sameLine = (t: string) =>
  t
    .replace(/^[\s•·*-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
