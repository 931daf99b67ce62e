/**
 * A text's salary: the most salary-like of the money amounts read from it (money-matches.ts), each
 * text read once however many checks ask about it.
 */
import type { Salary } from '../types.ts';
import { type MoneyMatch, readMoney } from './money-matches.ts';

export type { MoneyMatch } from './money-matches.ts';

/** The salary a money match states (its currency, unless the page's own is known for a bare figure). */
export const salaryOf = (m: MoneyMatch, currency = m.currency): Salary => ({
  min: m.min,
  max: m.max,
  currency,
  period: m.period,
  text: m.text,
});

/**
 * Every money amount or range in a text, scored. `payValue`: the text is the value printed under a
 * pay label ("Compensation" → "62K-70K"), so the label is its context even without a currency.
 */
export function findMoney(text: string, payValue = false): readonly MoneyMatch[] {
  // One capture asks about the same posting text several times (the salary, then each check on it:
  // base over OTE, bounds, stipend, pay levels); the text is read once.
  const key = payValue ? `1${text}` : `0${text}`;
  const known = recent.get(key);
  if (known) return known;
  const found = readMoney(text, payValue);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(key, found);
  return found;
}

const RECENT = 4;
const recent = new Map<string, readonly MoneyMatch[]>();

/** The most salary-like amount in a text, or null when nothing convincing is there. */
export function parseSalary(
  text: string,
  opts: { minScore?: number; defaultCurrency?: string; payValue?: boolean } = {},
): Salary | null {
  if (!text) return null;
  const best = findMoney(text, opts.payValue)
    .filter((m) => m.score >= (opts.minScore ?? 2))
    .sort((x, y) => y.score - x.score || x.index - y.index)[0];
  if (!best) return null;
  return salaryOf(best, best.currency ?? opts.defaultCurrency ?? null);
}
