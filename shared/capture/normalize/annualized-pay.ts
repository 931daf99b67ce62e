import type { EmploymentType, Salary } from '../types.ts';
import { findMoney, type MoneyMatch, salaryOf } from './salary.ts';
import type { Period } from './salary-words.ts';

/**
 * How many of a period a full-time year is paid for: 52 weeks of 35 to 40 hours, 220 to 261
 * working days, 52 weeks, 12 months.
 */
const PER_YEAR: Partial<Record<Period, readonly [number, number]>> = {
  HOUR: [1_820, 2_080],
  DAY: [220, 261],
  WEEK: [52, 52],
  MONTH: [12, 12],
};

/** Whether `year` is `rate` paid for a full-time year of its period (to the dollar, as systems round). */
function annualizes(year: number | null, rate: number | null, period: Period): boolean {
  const span = PER_YEAR[period];
  if (year == null || rate == null || !span || rate <= 0) return year == null && rate == null;
  const k = year / rate;
  return k >= span[0] * 0.995 && k <= span[1] * 1.005;
}

/**
 * The rate the description states where structured data or a widget turned it into a year's pay:
 * JSON-LD `baseSalary` 41,600-49,920 YEAR over "Pay: $20.00 – $24.00 per hour" (2,080 hours a
 * year). The employer pays by the hour; the annual figure is arithmetic on it. Both bounds must
 * scale by the same full-time year, in the same currency, and the text must not print the year's
 * figure itself, unless the job is part-time: then the year is a full-time equivalent the job never
 * earns, wherever it is printed (a board that takes only yearly pay).
 */
export function statedRateOverAnnualized(s: Salary, posting: string, type?: EmploymentType | null): Salary {
  if (!posting || s.period !== 'YEAR' || (s.min == null && s.max == null)) return s;
  const sameYear = (m: MoneyMatch) => {
    if (!m.period || m.period === 'YEAR' || (m.currency && s.currency && m.currency !== s.currency))
      return false;
    const p = m.period;
    if (!annualizes(s.min, m.min, p) || !annualizes(s.max, m.max, p)) return false;
    // One factor for both ends: 20-24 an hour is 41,600-49,920, not 41,600-43,680.
    return (
      s.min == null || s.max == null || Math.abs(s.min / m.min! - s.max / m.max!) <= 0.01 * (s.max / m.max!)
    );
  };
  const found = findMoney(posting);
  // "$98,000 – $132,000 per year (equivalent to $47.12 – $63.46 per hour)": where the text prints
  // the year's figure itself, the employer pays by the year and the rate is the derived one.
  if (type !== 'part_time' && found.some((m) => m.period === 'YEAR' && m.min === s.min && m.max === s.max))
    return s;
  const rate = found.find((m) => m.score >= 5 && sameYear(m));
  return rate ? salaryOf(rate, rate.currency ?? s.currency) : s;
}
