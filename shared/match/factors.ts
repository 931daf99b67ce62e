import { actedTitles } from './acts-as.ts';
import type { PreparedProfile } from './profile.ts';
import { roleFor } from './role-list.ts';
import { yearlyUsd } from './salary.ts';
import { titleSimilarity } from './title-likeness.ts';
import { LEVEL_NAMES, levelStep } from './titles.ts';
import type { FactorOutcome, PreparedJob } from './types.ts';
import { contentWords } from './words.ts';

const DEGREE_NAMES: Record<number, string> = {
  0.5: 'high school',
  1: 'associate/diploma',
  2: "bachelor's",
  3: "master's",
  4: 'doctorate',
};
export const degreeName = (level: number) => DEGREE_NAMES[level] ?? 'degree';

export interface SkillCredit {
  id: number;
  weight: number;
  credit: number;
  via: number | null;
}

/** Per skill the posting names: its weight (required 3, preferred 1.5 …) and the credit the person earns. */
export function skillCredits(p: PreparedProfile, job: PreparedJob): SkillCredit[] {
  const { skills, alternativeIndex } = job.parsed;
  const out: SkillCredit[] = new Array(skills.length);
  for (let i = 0; i < skills.length; i++) {
    const c = p.credits.get(skills[i].id);
    out[i] = { id: skills[i].id, weight: skills[i].weight, credit: c ? c.credit : 0, via: c ? c.via : null };
  }
  // Knowing Kafka meets "message queues (Kafka, RabbitMQ)": alternatives share their best credit.
  for (const group of alternativeIndex) {
    let best = out[group[0]];
    for (const i of group) if (out[i].credit > best.credit) best = out[i];
    if (best.credit === 0) continue;
    for (const i of group)
      if (out[i].credit < best.credit) [out[i].credit, out[i].via] = [best.credit, best.via];
  }
  return out;
}

export function skillsFactor(credits: SkillCredit[]): FactorOutcome {
  if (!credits.length)
    return {
      factor: 'skills',
      score: null,
      detail: 'The posting names no skills we recognise — not counted',
    };
  let sum = 0;
  let total = 0;
  let reqMet = 0;
  let reqAll = 0;
  let related = 0;
  for (const c of credits) {
    sum += c.credit * c.weight;
    total += c.weight;
    if (c.weight >= 1.5) {
      reqAll++;
      if (c.credit >= 1) reqMet++;
      else if (c.credit > 0) related++;
    }
  }
  const extra = related ? `, related experience for ${related} more` : '';
  return { factor: 'skills', score: sum / total, detail: `${reqMet} of ${reqAll} key skills${extra}` };
}

export function titleFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  if (!p.titles.length)
    return { factor: 'title', score: null, detail: 'Add target titles or experience to compare titles' };
  // A page that lists several roles is read through the one most like the person's (role-list.ts).
  const role = roleFor(p.titles, job);
  const info = role?.info ?? job.title;
  let best = 0;
  let bestText = '';
  // The role the posting says the job acts as is its title too (acts-as.ts).
  const infos = role ? [info] : [info, ...actedTitles(job)];
  for (const t of p.titles)
    for (const i of infos) {
      const s = titleSimilarity(i, t.info) * t.weight;
      if (s > best) [best, bestText] = [s, t.text];
    }
  const seniority = role?.level ?? job.parsed.seniority;
  const diff = levelStep(seniority, p.aimLevels, p.nextRung);
  const fit =
    diff === 0 ? 1 : diff === 1 ? 0.75 : diff === -1 ? 0.85 : diff === 2 ? 0.4 : diff === -2 ? 0.5 : 0.25;
  const isManager = role ? role.isManager : job.isManager;
  let mgmt = 1;
  if (isManager && !p.aimsToManage) mgmt = 0.7;
  // The same step the other way: a manager aiming only at management roles is not after an IC post.
  if (!role && job.isIndividualContributor && p.managesOnly) mgmt = 0.7;
  const score = best * (0.5 + 0.5 * fit) * mgmt;
  const level =
    diff > 0
      ? `, a step up (${LEVEL_NAMES[seniority]})`
      : diff < 0
        ? `, a step down (${LEVEL_NAMES[seniority]})`
        : seniority === p.nextRung
          ? `, the next rung of your ladder (${LEVEL_NAMES[seniority]})`
          : '';
  const manages =
    mgmt === 1 ? '' : isManager ? ', a people-management role' : ', an individual-contributor role';
  const listed = role ? ` (the page's "${role.title}")` : '';
  return {
    factor: 'title',
    score,
    detail:
      best > 0.5
        ? `Close to "${bestText}"${listed}${level}${manages}`
        : `Unlike your titles${listed}${level}${manages}`,
  };
}

export function experienceFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  const need = job.parsed.minYears;
  if (need === null || need === 0)
    return { factor: 'experience', score: null, detail: 'No years of experience asked — not counted' };
  const score = p.years >= need ? 1 : (p.years / need) ** 1.5;
  return { factor: 'experience', score, detail: `${need}+ years asked; you have ${p.years}` };
}

export function educationFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  const item = job.parsed.degree;
  if (!item || item.degree === undefined)
    return { factor: 'education', score: null, detail: 'No degree asked — not counted' };
  const need = item.degree;
  const have = p.degree?.level ?? 0;
  if (have >= need) {
    const fields = contentWords(item.text.replace(/.*\bin\b/i, ''));
    const related = /related|similar|relevant|equivalent|quantitative/i.test(item.text);
    const fieldOk =
      !p.degree || related || fields.size === 0 || [...fields].some((w) => p.degree!.words.has(w));
    return {
      factor: 'education',
      score: fieldOk ? 1 : 0.8,
      detail: `${degreeName(need)} asked; you have ${p.degree?.text ?? 'one'}`,
    };
  }
  let score = item.kind === 'preferred' ? 0.6 : have >= need - 1 ? 0.3 : 0.1;
  if (item.degreeFlexible && p.years >= 4) score = Math.max(score, 0.8);
  return {
    factor: 'education',
    score,
    detail: `${degreeName(need)} ${item.kind}; ${p.degree ? `you have ${p.degree.text}` : 'none in your profile'}`,
  };
}

export function salaryFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  const s = job.parsed.salary;
  if (!p.salary || (p.salary.minUsd === null && p.salary.maxUsd === null))
    return { factor: 'salary', score: null, detail: 'No salary expectation in your profile — not counted' };
  if (!s || (s.min == null && s.max == null))
    return { factor: 'salary', score: null, detail: 'No salary on the posting — not counted' };
  const top = yearlyUsd(s.max ?? s.min!, s.period, s.currency);
  if (top === null)
    return {
      factor: 'salary',
      score: null,
      detail: `Pay in ${s.currency}, which we cannot compare — not counted`,
    };
  const want = p.salary.minUsd ?? p.salary.maxUsd! * 0.8;
  const shown = s.text ?? `${s.currency} ${s.min ?? ''}–${s.max ?? ''}`;
  if (top >= want) return { factor: 'salary', score: 1, detail: `${shown} meets your minimum` };
  const shortfall = (want - top) / want;
  return {
    factor: 'salary',
    score: Math.max(0, 1 - 3 * shortfall),
    detail: `${shown} is about ${Math.round(shortfall * 100)}% below your minimum`,
  };
}

export function industryFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  if (!p.industries.length)
    return { factor: 'industry', score: null, detail: 'No industries in your profile — not counted' };
  if (!job.industries.length)
    return { factor: 'industry', score: null, detail: 'Industry unclear from the posting — not counted' };
  const hit = job.industries.find((i) => p.industries.includes(i));
  return hit
    ? { factor: 'industry', score: 1, detail: `${hit} — one of your industries` }
    : {
        factor: 'industry',
        score: 0.3,
        detail: `${job.industries.join(', ')}; you listed ${p.industries.join(', ')}`,
      };
}
