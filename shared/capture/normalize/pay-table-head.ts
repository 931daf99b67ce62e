import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';

/**
 * A pay table whose column head names the period and whose rows give one bare figure each, as
 * hospitals and public employers print a step scale: "Step | Hourly", "Step 1 (new grad) $46.12",
 * "Step 20 $69.18". The figures carry no period of their own, so the pay pattern reader does not
 * take them; the head says they are hourly (or annual, monthly, weekly). The job pays from the
 * lowest row to the highest. Rows are short lines right under the head, in one currency.
 */
const PERIOD_HEAD: ReadonlyArray<[RegExp, NonNullable<Salary['period']>]> = [
  [/(?:^|\s)(?:hourly(?: rate| wage| pay)?|per hour|rate per hour)$/i, 'HOUR'],
  [/(?:^|\s)(?:annual(?:ly)?(?: salary| pay)?|per (?:year|annum)|yearly)$/i, 'YEAR'],
  [/(?:^|\s)(?:monthly(?: salary| pay)?|per month)$/i, 'MONTH'],
  [/(?:^|\s)(?:weekly(?: pay)?|per week)$/i, 'WEEK'],
];

const periodOfHead = (line: string) =>
  line.split(/\s+/).length <= 4 && !/\d/.test(line)
    ? (PERIOD_HEAD.find(([re]) => re.test(line.trim()))?.[1] ?? null)
    : null;

/**
 * A row's one figure, closing a short line that is no sentence ("Step 20 $69.18", "Grade 5 £28,400",
 * "Stufe 3 3.412 €"): read alone, so the row's own number ("Step 20") is not taken for the amount.
 */
const ROW =
  /^(?!.*[.!?;:]\s)([^$£€\d–—-][^$£€]{0,29}?(?<![–—-]\s?))\s((?:[$£€]|[A-Z]{3}\s?)\d[\d,.]*|\d[\d,.\s]*?\s?(?:€|[A-Z]{3}))\s*$/;

function rowFigure(line: string): MoneyMatch | null {
  const m = ROW.exec(line.trim());
  if (!m || line.trim().length > 50) return null;
  const found = findMoney(m[2]!);
  return found.length === 1 ? found[0]! : null;
}

export function payUnderPeriodHead(posting: string): Salary | null {
  const lines = posting.slice(0, 60_000).split('\n', 400);
  for (let i = 0; i < lines.length; i++) {
    const period = periodOfHead(lines[i]!);
    if (!period) continue;
    const rows = [];
    for (let j = i + 1; j < lines.length; j++) {
      const m = rowFigure(lines[j]!);
      if (!m || m.min == null || m.min !== m.max || !m.currency) break;
      rows.push(m);
    }
    if (rows.length < 2 || new Set(rows.map((r) => r.currency)).size > 1) continue;
    const values = rows.map((r) => r.min!);
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (min === max) continue;
    return { min, max, currency: rows[0]!.currency, period, text: `${rows[0]!.text} – ${rows.at(-1)!.text}` };
  }
  return null;
}
