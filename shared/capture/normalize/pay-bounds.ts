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
  if (!posting || s.min == null) return s;
  const found = findMoney(posting);
  for (const [i, low] of found.entries()) {
    if (!LOWER.test(posting.slice(Math.max(0, low.index - 40), low.index))) continue;
    const high = found
      .slice(i + 1)
      .find(
        (m) => m.index - low.index < SPAN && UPPER.test(posting.slice(Math.max(0, m.index - 40), m.index)),
      );
    if (!high || !sameScale(low, high, s)) continue;
    const inside = (v: number | null) => v != null && v >= low.min! && v <= high.max!;
    if (inside(s.min) && inside(s.max) && (s.min !== low.min || s.max !== high.max))
      return {
        ...s,
        min: low.min,
        max: high.max,
        period: high.period ?? s.period,
        text: `${low.text} – ${high.text}`,
      };
  }
  return s;
}

const sameScale = (low: MoneyMatch, high: MoneyMatch, s: Salary) =>
  low.min != null &&
  high.max != null &&
  low.min < high.max &&
  low.currency === high.currency &&
  (s.currency == null || low.currency === s.currency);
