import type { Salary } from '../types.ts';
import { findMoney, salaryOf } from './salary.ts';

/** "$69K", "£45k": thousands abbreviated, so the figure is rounded. */
const ABBREVIATED = /\d\s*[kK]\b/;

/**
 * The exact pay where the chosen figure is a rounded copy of it: a board's header "$69K - $75K /yr"
 * above the description's "$68,900 – $75,400 per year". The exact range must be in the same
 * currency and period, printed in full, and round to the chosen figures (each end within 1,000).
 */
export function exactPayOverRounded(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || !s.text || !ABBREVIATED.test(s.text)) return s;
  const near = (a: number | null, b: number) => a != null && a !== b && Math.abs(a - b) < 1_000;
  const exact = findMoney(posting).find(
    (m) =>
      !ABBREVIATED.test(m.text) &&
      m.currency === s.currency &&
      m.period === s.period &&
      near(m.min, s.min!) &&
      (m.max === s.max || near(m.max, s.max!)),
  );
  if (!exact) return s;
  return salaryOf(exact);
}
