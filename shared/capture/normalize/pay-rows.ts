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
  // Each line is read once, when first looked at: the search and the widening meet the same rows.
  const rated: Array<MoneyMatch | null | undefined> = [];
  const rateAt = (i: number) => {
    if (rated[i] === undefined) rated[i] = rate(lines[i]!);
    return rated[i];
  };
  const at = lines.findIndex((_, i) => rateAt(i)?.min === s.min);
  if (at < 0) return s;
  let first = at;
  let last = at;
  while (first > 0 && rateAt(first - 1)) first--;
  while (last < lines.length - 1 && rateAt(last + 1)) last++;
  if (first === last) return s;
  const rates = lines.slice(first, last + 1).map((_, k) => rateAt(first + k)!);
  const low = rates.reduce((a, b) => (b.min! < a.min! ? b : a));
  const high = rates.reduce((a, b) => (b.min! > a.min! ? b : a));
  if (low.min === high.min) return s;
  return { ...s, min: low.min, max: high.min, text: `${low.text} – ${high.text}` };
}

/**
 * A rate per year of a programme: "im 1. Studienjahr … im 2. … im 3. Studienjahr",
 * "Ausbildungsjahr", "in year 2", "second year", "2nd-year apprentices".
 */
const YEAR_STEP =
  /(?:studien|ausbildungs|lehr|dienst)jahr|\b(?:1st|2nd|3rd|4th|first|second|third|fourth)[- ]year\b|\byear\s+[1-4]\b|\bim\s+[1-4]\.(?=\s)/gi;

/**
 * Pay that steps up by year of a programme, in one sentence: "Vergütung: 1.250 € im Monat im 1.
 * Studienjahr, 1.350 € im 2. und 1.450 € im 3. Studienjahr", "$18/hr in year 1, $20/hr in year 2".
 * Where the chosen salary is one of those rates, the job pays their span. The line must name at
 * least two steps, and every figure in it must be a single amount in the same currency and period.
 */
export function paySpanOverYearSteps(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.min !== s.max || !s.text) return s;
  const at = posting.indexOf(s.text);
  if (at < 0) return s;
  const start = posting.lastIndexOf('\n', at) + 1;
  const end = posting.indexOf('\n', at);
  const line = posting.slice(start, end < 0 ? undefined : end).slice(0, 400);
  // Steps, not one mention: "the weekly equivalent of our first-year associate salary" is no table.
  if ((line.match(YEAR_STEP)?.length ?? 0) < 2) return s;
  const rates = findMoney(line).filter((m) => m.currency);
  const unlike = (m: MoneyMatch) => m.min !== m.max || m.currency !== s.currency || m.period !== s.period;
  if (rates.length < 2 || rates.some(unlike)) return s;
  const values = rates.map((m) => m.min!);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high || !values.includes(s.min)) return s;
  return { ...s, min: low, max: high, text: `${rates[0]!.text} – ${rates.at(-1)!.text}` };
}
