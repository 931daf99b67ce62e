import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';

/** "Minimum", "Pay Range Minimum:", "Min." (and the maximum's words) right before an amount. */
const LOWER = /\b(?:range\s+)?min(?:imum)?\.?(?:\s+(?:pay|rate|salary|hourly rate))?\s*[:=]?\s*$/i;
const UPPER = /\b(?:range\s+)?max(?:imum)?\.?(?:\s+(?:pay|rate|salary|hourly rate))?\s*[:=]?\s*$/i;
/** How far the maximum may follow the minimum ("Minimum $38.47 | Midpoint $48.09 | Maximum …"). */
const SPAN = 160;

/**
 * A pay scale printed as its labelled points ("Minimum $38.47 | Midpoint $48.09 | Maximum $57.70 per
 * hour", "Pay Range Minimum: $62,400   Pay Range Maximum: $93,600"), as US health systems and public
 * employers print their grades. Where the chosen salary is a point on that scale (a midpoint, one
 * bound), the job pays from the minimum to the maximum: the midpoint is a point inside the range.
 */
export function payBoundsOverPoint(s: Salary, posting: string): Salary {
  if (!posting || (s.min == null && s.max == null)) return s;
  return boundsOver(s, posting) ?? boundsOver(s, columnsAsPoints(posting), true) ?? s;
}

/**
 * `columns`: the scale came from a table whose labels head the columns, so its figures carry no
 * period of their own; the chosen salary's (from the text around the table) is kept.
 */
function boundsOver(s: Salary, posting: string, columns = false): Salary | null {
  if (!posting) return null;
  const found = findMoney(posting);
  for (const [i, low] of found.entries()) {
    if (!LOWER.test(posting.slice(Math.max(0, low.index - 40), low.index))) continue;
    const high = found
      .slice(i + 1)
      .find(
        (m) => m.index - low.index < SPAN && UPPER.test(posting.slice(Math.max(0, m.index - 40), m.index)),
      );
    if (!high || !sameScale(low, high, s)) continue;
    // A bound read alone ("Maximum" over a column of figures read as "up to") is a point too.
    const inside = (v: number | null) => v == null || (v >= low.min! && v <= high.max!);
    if (inside(s.min) && inside(s.max) && (s.min !== low.min || s.max !== high.max))
      return {
        ...s,
        min: low.min,
        max: high.max,
        period: (columns ? s.period : null) ?? high.period ?? s.period,
        text: `${low.text} – ${high.text}`,
      };
  }
  return null;
}

/** A scale's point names, as a table's header row prints them ("Minimum | Midpoint | Maximum"). */
const POINT = /^(?:min(?:imum)?|mid(?:point)?|median|market|max(?:imum)?)$/i;
const AMOUNT = /[$€£¥]?\s?\d[\d,.]*(?:\s?(?:[kK]|USD|EUR|GBP|CAD|AUD))?/g;

/**
 * A pay scale printed as a table, its point names on one line and their figures on the next
 * ("Minimum Midpoint Maximum" / "$46.80 $57.35 $67.90"): each figure joined to the name above it,
 * as the scale reads in a sentence ("Minimum $46.80 | Midpoint $57.35 | Maximum $67.90").
 */
export function columnsAsPoints(posting: string): string {
  const lines = posting.slice(0, 60_000).split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const names = lines[i]!.split(/[\s|]+/).filter(Boolean);
    if (names.length < 2 || !names.every((n) => POINT.test(n)) || !names.some((n) => /^min/i.test(n)))
      continue;
    const figures = lines[i + 1]!.match(AMOUNT) ?? [];
    if (figures.length !== names.length || lines[i + 1]!.replace(AMOUNT, '').replace(/[\s|/–-]/g, ''))
      continue;
    out.push(names.map((n, k) => `${n} ${figures[k]!.trim()}`).join(' | '));
  }
  return out.join('\n');
}

const sameScale = (low: MoneyMatch, high: MoneyMatch, s: Salary) =>
  low.min != null &&
  high.max != null &&
  low.min < high.max &&
  low.currency === high.currency &&
  (s.currency == null || low.currency === s.currency);
