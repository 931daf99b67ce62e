import type { Salary } from '../types.ts';
import { figureSides } from './figure-sides.ts';
import { findMoney } from './salary.ts';

/**
 * A figure stated per pay period rather than per calendar unit: "$2,500.00 - $2,900.00 bi-weekly",
 * "£1,150 per fortnight", "Semi-monthly pay: $3,100". No posting means a week's pay by "bi-weekly",
 * and there is no two-week period to keep, so the figure is a year's pay divided by the pay periods
 * in a year (26 fortnights, 24 half-months). How often a yearly salary is paid ("$60,000 a year,
 * paid bi-weekly") is not this: the period word must be the figure's own, right beside it.
 */
const PAY_PERIODS: ReadonlyArray<{ after: RegExp; before: RegExp; perYear: number }> = [
  {
    after:
      /^\s?(?:[A-Z]{3}\s)?(?:\(?\s?(?:gross|base)\s)?\(?\s?(?:(?:paid\s)?bi-?weekly|(?:per|a|each|every)\s(?:fortnight|two weeks|2 weeks)|fortnightly|(?:per|each)\s(?:bi-?weekly|two-week)\spay\s?period)\b/i,
    before:
      /\b(?:bi-?weekly|fortnightly|two-week)\s(?:(?:base|gross)\s)?(?:pay|salary|rate|wages?|earnings)(?:\s(?:range|rate))?\s?:?\s*$/i,
    perYear: 26,
  },
  {
    after:
      /^\s?(?:[A-Z]{3}\s)?\(?\s?(?:semi-?monthly|twice a month|(?:per|each)\ssemi-?monthly\spay\s?period)\b/i,
    before: /\bsemi-?monthly\s(?:(?:base|gross)\s)?(?:pay|salary|rate|wages?)(?:\s(?:range|rate))?\s?:?\s*$/i,
    perYear: 24,
  },
];

/** A pay period's figure runs from a part-timer's few hundred to a high earner's fortnight. */
const fitsPayPeriod = (n: number | null) => n == null || (n >= 200 && n <= 40_000);

const toYear = (n: number | null, times: number) => (n == null ? null : Math.round(n * times * 100) / 100);

/** The figure's place in the posting: its own text, else the same bounds printed there. */
function figureAt(s: Salary, posting: string): { at: number; end: number } | null {
  if (s.text) {
    const at = posting.indexOf(s.text);
    if (at >= 0) return { at, end: at + s.text.length };
  }
  const same = findMoney(posting).find((m) => m.min === s.min && m.max === s.max);
  return same ? { at: same.index, end: same.index + same.text.length } : null;
}

/** A figure written per pay period (bi-weekly, semi-monthly) as the year's pay it makes. */
export function yearOverPayPeriodFigure(s: Salary, posting: string): Salary {
  if (!posting || s.period === 'YEAR' || (s.min == null && s.max == null)) return s;
  if (!fitsPayPeriod(s.min) || !fitsPayPeriod(s.max)) return s;
  const place = figureAt(s, posting);
  if (!place) return s;
  const { before, after } = figureSides(posting, place.at, place.end, { before: 60, after: 50 });
  const period = PAY_PERIODS.find((p) => p.after.test(after) || p.before.test(before));
  if (!period) return s;
  return { ...s, min: toYear(s.min, period.perYear), max: toYear(s.max, period.perYear), period: 'YEAR' };
}
