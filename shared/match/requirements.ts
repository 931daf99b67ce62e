import { findSkills, skillById } from '../skills/index.ts';
import { postingPlace } from './posting-place.ts';
import { postingRights } from './posting-rights.ts';
import { itemOf } from './requirement-item.ts';
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
