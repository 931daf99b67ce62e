import type { Salary } from '../types.ts';
import { findMoney, type MoneyMatch } from './salary.ts';

/** A level's name leading its own range: "Senior: $152,000 – $176,000", "Level II: …". */
const LEVEL_LABEL = /(?:^|[.;\n]\s*)([A-Z][\p{L}-]*(?:\s[IVX\d]+)?)\s*(?:level)?\s*:\s*$/u;

/**
 * One opening hired at either of two levels ("Senior / Staff Data Engineer", "We're hiring at Senior
 * or Staff level … Senior: $152,000 – $176,000 base. Staff: $181,000 – $212,000 base"): the job pays
 * from the lower level's minimum to the higher's maximum, whichever band structured data or the
 * first match picked. Each band must open with its level's name, that name must be in the title, and
 * the bands must share the chosen salary's currency and period.
 */
export function paySpanOverLevels(s: Salary, posting: string, title: string): Salary {
  if (!posting || !title || s.min == null || s.max == null) return s;
  const levelOf = (m: MoneyMatch) => {
    const label = LEVEL_LABEL.exec(posting.slice(Math.max(0, m.index - 30), m.index))?.[1];
    return label && new RegExp(`(?<!\\p{L})${label}(?!\\p{L})`, 'iu').test(title) ? label : null;
  };
  const bands = findMoney(posting).filter(
    (m) =>
      m.min != null &&
      m.max != null &&
      m.min < m.max &&
      m.currency === s.currency &&
      m.period === s.period &&
      levelOf(m),
  );
  if (new Set(bands.map(levelOf)).size < 2 || !bands.some((b) => b.min === s.min && b.max === s.max))
    return s;
  const min = Math.min(...bands.map((b) => b.min!));
  const max = Math.max(...bands.map((b) => b.max!));
  return min === s.min && max === s.max ? s : { ...s, min, max };
}
