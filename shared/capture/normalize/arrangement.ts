import type { WorkType } from '../types.ts';
import { PROSE_RULES } from './arrangement-prose-rules.ts';
import { ROLE_RULES } from './arrangement-role-rules.ts';
import { type ArrangementRule, LABEL_RULES } from './arrangement-rules.ts';

/**
 * The one reader of work arrangement (remote / hybrid / onsite), for capture and match: the
 * first rule of its list that matches decides, and the rule comes back with the answer.
 */
export interface Arrangement {
  workType: WorkType;
  rule: ArrangementRule;
}

function firstRule(text: string, rules: readonly ArrangementRule[]): Arrangement | null {
  for (const rule of rules) if (rule.re.test(text)) return { workType: rule.workType, rule };
  return null;
}

/** The arrangement named in a short label such as a location or a header chip. */
export const arrangementOfLabel = (text: string): Arrangement | null =>
  firstRule(text.slice(0, 400), LABEL_RULES);

/** The arrangement stated in running text: needs a phrase, not a bare word; a sentence about the role first. */
export const arrangementOfProse = (text: string): Arrangement | null =>
  firstRule(text.slice(0, 60_000), ROLE_RULES) ?? firstRule(text.slice(0, 60_000), PROSE_RULES);

/** Only a sentence about this role itself ("This role is office-based"), which outranks badges and data. */
export const arrangementOfRole = (text: string): Arrangement | null =>
  firstRule(text.slice(0, 60_000), ROLE_RULES);

/**
 * "Senior Engineer (Remote)", "Platform Engineer | Remote | Australia", "Designer - Hybrid": the
 * arrangement as its own title segment. "Remote Sensing Engineer" is a job, not an arrangement.
 */
export function arrangementOfTitle(title: string): Arrangement | null {
  const parts = title.split(/\s+[|–—·•-]\s+|\(|\)|,/).map((p) => p.trim());
  for (const p of parts.slice(1)) {
    if (/^(?:remote|hybrid|on-?site)\b/i.test(p) && p.split(/\s+/).length <= 4) return arrangementOfLabel(p);
  }
  return null;
}

/** remote / hybrid / onsite named in a short label such as a location or a header chip. */
export const workTypeFromLabel = (text: string): WorkType | null =>
  arrangementOfLabel(text)?.workType ?? null;

/** remote / hybrid / onsite stated in running text (a description). */
export const workTypeFromProse = (text: string): WorkType | null =>
  arrangementOfProse(text)?.workType ?? null;
