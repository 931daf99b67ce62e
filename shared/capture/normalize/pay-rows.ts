import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';

/** A table row or list item is short; a sentence that mentions pay is not a row. */
const ROW_MAX = 100;

/**
 * Pay that varies by row: a shift or grade table ("Days … $19.50/hr", "Evenings … $20.75/hr",
 * "Weekend days … $21.75/hr") printed one rate per line. Where the chosen salary is one of those
 * rates, the job pays the span of the run of like rows around it (each a short line with a single
 * figure in the same currency and period), from the lowest rate to the highest.
 */
export function paySpanOverRows(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.min !== s.max) return s;
  const lines = posting.slice(0, 60_000).split('\n', 400);
  const rate = (line: string): MoneyMatch | null => {
    if (line.length > ROW_MAX) return null;
    const found = findMoney(line);
    const m = found.length === 1 ? found[0]! : null;
    return m && m.min != null && m.min === m.max && m.currency === s.currency && m.period === s.period
      ? m
      : null;
  };
  const at = lines.findIndex((l) => rate(l)?.min === s.min);
  if (at < 0) return s;
  let first = at;
  let last = at;
  while (first > 0 && rate(lines[first - 1]!)) first--;
  while (last < lines.length - 1 && rate(lines[last + 1]!)) last++;
  if (first === last) return s;
  const rates = lines.slice(first, last + 1).map((l) => rate(l)!);
  const low = rates.reduce((a, b) => (b.min! < a.min! ? b : a));
  const high = rates.reduce((a, b) => (b.min! > a.min! ? b : a));
  if (low.min === high.min) return s;
  return { ...s, min: low.min, max: high.min, text: `${low.text} – ${high.text}` };
}
