import type { Salary } from '../types.ts';
import { FULL_TIME_EQUIVALENT, FULL_TIME_EQUIVALENT_BEFORE, marksActualPay } from './actual-pay-words.ts';
import { findMoney, type MoneyMatch, salaryOf } from './salary.ts';

const isActual = (m: MoneyMatch, text: string) =>
  marksActualPay(text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + m.text.length));

/**
 * A part-time post's actual pay over its full-time equivalent: "£30,000 - £34,000 per annum pro rata
 * (£24,000 - £27,200 actual for 30 hours a week)". Boards and schema.org often carry only the
 * full-time figure; the text's actual pay for the job's hours is what the job pays. The chosen
 * salary must be the figure the text marks pro rata, and the actual one smaller, in its currency.
 */
export function actualPayOverFullTimeEquivalent(s: Salary, text: string): Salary {
  if (!text || s.min == null || !/\bactual(?:ly)?\b/i.test(text)) return s;
  const money = findMoney(text);
  for (let i = 0; i < money.length - 1; i++) {
    const fte = money[i];
    if (fte.min !== s.min || fte.max !== s.max || (fte.currency && fte.currency !== s.currency)) continue;
    // Marked after the figure ("£30,000 pro rata") or before it ("The full-time equivalent salary is £30,000").
    if (
      !FULL_TIME_EQUIVALENT.test(text.slice(fte.index, fte.index + fte.text.length + 30)) &&
      !FULL_TIME_EQUIVALENT_BEFORE.test(text.slice(Math.max(0, fte.index - 50), fte.index))
    )
      continue;
    const actual = money[i + 1];
    const gap = actual.index - (fte.index + fte.text.length);
    if (gap > 80 || !isActual(actual, text) || actual.min == null || actual.min >= s.min) continue;
    if (actual.currency && actual.currency !== s.currency) continue;
    // The actual pay is for the same period as the full-time figure ("30 hours a week" is the hours).
    return { ...salaryOf(actual, s.currency), period: s.period ?? fte.period };
  }
  return s;
}
