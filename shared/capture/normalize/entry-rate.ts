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
 * The rate the opening is filled at where the chosen salary is the job's full range ("Pay Range:
 * $36.10 - $54.15 per hour … Everyone in the residency cohort starts at the new-graduate rate of
 * $36.10 per hour"): the offer for this opening is the one figure, as a hiring range beats a grade's
 * full range. The figure must lie inside the range, in its currency and period.
 */
export function entryRateOverRange(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const rate = findMoney(posting).find(
    (m) =>
      m.min != null &&
      m.min === m.max &&
      m.min >= s.min! &&
      m.min <= s.max! &&
      (!m.currency || m.currency === s.currency) &&
      (!m.period || m.period === s.period) &&
      EVERYONE_STARTS.test(posting.slice(Math.max(0, m.index - 120), m.index)),
  );
  return rate ? { ...s, min: rate.min, max: rate.min, text: rate.text } : s;
}
