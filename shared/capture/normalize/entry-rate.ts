import type { Salary } from '../types.ts';
import { findMoney } from './salary.ts';

/**
 * Everyone hired into this opening starting on one rate, named right before it ("Everyone in the
 * residency cohort starts at the new-graduate rate of", "All apprentices are paid the first-year rate
 * of"): a programme's fixed entry rate. A lone "starts at" or "starting from" is a range's minimum.
 */
const EVERYONE_STARTS =
  /\b(?:everyone|every (?:new )?(?:hire|resident|graduate|apprentice|trainee)|all (?:new )?(?:hires|residents|graduates|apprentices|trainees))\b[^.\n]{0,60}?\b(?:starts?|begins?|(?:is|are) paid)\s+(?:at|on)?\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:rate|salary|wage|pay)?\s*(?:of\s+)?$/iu;

/**
 * A group of workers paid one rate, the group opening its sentence and the figure right after ("PRN
 * staff are paid a flat rate of", "Weekend staff get paid"; not "Part-time associates get paid time
 * off"): group 1 is the group's name.
 */
const GROUP_PAID =
  /(?:^|[.;:!?\n]\s*)(?:(?:our|all|the)\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:team members|staff|employees|workers|associates|colleagues|nurses)\s+(?:are|get)\s+paid\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:rate|wage|salary)\s+of\s*)?$/iu;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** Whether the figure is paid to this opening's group: one the title names ("Sonographer - Per Diem"). */
function paidToTitledGroup(before: string, title: string): boolean {
  const group = GROUP_PAID.exec(before)?.[1];
  return !!group && ` ${words(title)} `.includes(` ${words(group)} `);
}

/**
 * The rate the opening is filled at where the chosen salary is the job's full range ("Pay Range:
 * $36.10 - $54.15 per hour … Everyone in the residency cohort starts at the new-graduate rate of
 * $36.10 per hour"): the offer for this opening is the one figure, as a hiring range beats a grade's
 * full range. The figure must lie inside the range, in its currency and period. A rate paid to the
 * group the title names ("Pharmacy Technician (PRN)" and "PRN staff are paid a flat rate of $41.00 per
 * hour in place of benefits") is this opening's pay wherever it lies: the range is the other groups'.
 */
export function entryRateOverRange(s: Salary, posting: string, title = ''): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const rate = findMoney(posting).find((m) => {
    if (m.min == null || m.min !== m.max) return false;
    if ((m.currency && m.currency !== s.currency) || (m.period && m.period !== s.period)) return false;
    const before = posting.slice(Math.max(0, m.index - 120), m.index);
    if (title && m.currency && paidToTitledGroup(before, title)) return true;
    return m.min >= s.min! && m.min <= s.max! && EVERYONE_STARTS.test(before);
  });
  return rate ? { ...s, min: rate.min, max: rate.min, text: rate.text } : s;
}
