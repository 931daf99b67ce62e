import { localCurrency } from '../capture/normalize/currency.ts';
import { parseSalary } from '../capture/normalize/salary.ts';
import type { PayPeriod, Salary } from '../domain/index.ts';

/**
 * The pay a posting states, for a job captured without one (text only): capture's reader, so which
 * figures are pay, their currency and period are decided in one place. A bare "$" or a figure with
 * no sign is in the job's country's currency; so is a bare "kr" in Norway or Denmark. Periods and
 * currencies are then normalized for comparison with rough, documented factors: enough to rank, not
 * to quote.
 */
export function postingPay(text: string, country: string | undefined): Salary | null {
  const pay = parseSalary(text);
  return pay && localCurrency(pay, country, '');
}

/** Pay periods in a working year (40-hour weeks, 260 working days). */
export const PER_YEAR: Record<PayPeriod, number> = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };
// Approximate USD value of one unit, for cross-currency comparison only (mid-2020s averages).
const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  CAD: 0.73,
  GBP: 1.27,
  EUR: 1.08,
  AUD: 0.66,
  CHF: 1.12,
  INR: 0.012,
  NZD: 0.6,
  SGD: 0.74,
  JPY: 0.0067,
};

/** Annual amount in USD, or null when the currency is not one we can convert. */
export function yearlyUsd(amount: number, period: PayPeriod | null, currency: string | null): number | null {
  const rate = USD_PER_UNIT[currency ?? 'USD'];
  if (rate === undefined) return null;
  return amount * PER_YEAR[period ?? 'YEAR'] * rate;
}
