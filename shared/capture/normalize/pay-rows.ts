import { sentenceAt } from '../../text/sentence-at.ts';
import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';
import { ON_TOP_OF_PAY } from './salary-words.ts';

/** A table row or list item is short; a sentence that mentions pay is not a row. */
const ROW_MAX = 100;

/** The one figure or range of a pay table's row: a short line naming money once; null otherwise. */
export function rowMoney(line: string): MoneyMatch | null {
  if (line.length > ROW_MAX) return null;
  const found = findMoney(line);
  return found.length === 1 ? found[0]! : null;
}

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
    const m = ON_TOP_OF_PAY.test(line) ? null : rowMoney(line);
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

/** A figure followed by the group it is paid to: "$15.00 an hour for first-time counselors", "$17.00 for leads". */
const FOR_GROUP = /^\s*(?:(?:an?|per)\s+\p{L}+\s+|\/\s*\p{L}+\s+)?for\s+\p{L}/iu;

const lineAt = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end).slice(0, 400);
};

/** The span of the rates of one scope of steps, if they are all single figures like the chosen salary. */
function stepSpan(
  s: Salary,
  scope: string,
  target: number,
  steps: (found: readonly MoneyMatch[]) => number,
): Salary | null {
  const rates = findMoney(scope).filter((m) => m.currency);
  if (steps(rates) < 2) return null;
  const unlike = (m: MoneyMatch) => m.min !== m.max || m.currency !== s.currency || m.period !== s.period;
  if (rates.length < 2 || rates.some(unlike)) return null;
  const values = rates.map((m) => m.min!);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high || !values.includes(target)) return null;
  return { ...s, min: low, max: high, text: `${rates[0]!.text} – ${rates.at(-1)!.text}` };
}

/**
 * Pay that steps by year of a programme, on one line ("Vergütung: 1.250 € im Monat im 1.
 * Studienjahr, 1.350 € im 2. und 1.450 € im 3. Studienjahr", "$18/hr in year 1, $20/hr in year 2"),
 * or by group, in one sentence ("Counselors are paid by experience: $15.00 an hour for first-time
 * counselors, $16.00 for returning counselors and $17.00 for leads"). Where the chosen salary is one of
 * those rates, or an "up to" the highest of them (a board's field that keeps only the top), the job
 * open to every step pays their span. Two steps at least, and every figure in the scope a single
 * amount in the same currency and period.
 */
export function paySpanOverSteps(s: Salary, posting: string): Salary {
  if (!posting) return s;
  const target = s.min != null && s.min === s.max ? s.min : s.min == null ? s.max : null;
  if (target == null) return s;
  const byYear = (scope: string) => () => scope.match(YEAR_STEP)?.length ?? 0;
  const byGroup = (scope: string) => (found: readonly MoneyMatch[]) =>
    found.filter((m) => FOR_GROUP.test(scope.slice(m.index + m.text.length))).length;
  for (const m of findMoney(posting)) {
    if (m.max !== target) continue;
    const line = lineAt(posting, m.index);
    const sentence = sentenceAt(posting, m.index);
    const span: Salary | null =
      stepSpan(s, line, target, byYear(line)) ?? stepSpan(s, sentence, target, byGroup(sentence));
    // An "up to" keeps its top: only a span that reaches it replaces it.
    if (span && (s.min != null || span.max === target)) return span;
  }
  return s;
}
