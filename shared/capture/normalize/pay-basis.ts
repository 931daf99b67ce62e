import type { Salary } from '../types.ts';
import { figureSides } from './figure-sides.ts';
import { periodIn } from './salary-period.ts';
import type { Period } from './salary-words.ts';

/**
 * The pay period a posting states once, away from its figure: "Pay Type: Hourly" in a list of
 * position details, "salaries in Sweden are quoted per month, and so are ours", "all salaries,
 * including the range shown above, are monthly salaries", "this is the gross monthly salary for the role". How often pay is paid ("paid monthly",
 * "pay frequency: biweekly") is not its period, so those wordings are left out.
 */
const BASIS_LINE = /\bpay (?:type|basis)\s*:\s*(hourly|salar(?:y|ied)|annual|yearly|monthly|weekly|daily)\b/i;
const QUOTED_PER =
  /\b(?:salar(?:y|ies)|pay|wages?|rates?|figures?|amounts?|ranges?)\b[^.\n]{0,80}?\b(?:are|is)\s+(?:\w+ly\s+)?(?:quoted|stated|shown|given|listed|expressed|advertised)\s+(?:per|a|an|by the)\s+(hour|day|week|month|year|annum)\b/i;
const ARE_PERIODIC =
  /\b(?:are|is)\s+(?:an?\s+|the\s+)?(?:(?:gross|net|base|basic)\s+)?(hourly|daily|weekly|monthly|annual|yearly)\s+(?:salar(?:y|ies)|rates?|pay|figures?|wages?)\b/i;

const WORD_PERIOD: ReadonlyArray<[RegExp, Period]> = [
  [/^hour/i, 'HOUR'],
  [/^da(?:y|ily)/i, 'DAY'],
  [/^week/i, 'WEEK'],
  [/^month/i, 'MONTH'],
  [/^(?:year|annu|salar)/i, 'YEAR'],
];

export function statedPayBasis(text: string): Period | null {
  const t = text.slice(0, 30_000);
  const word = (BASIS_LINE.exec(t) ?? QUOTED_PER.exec(t) ?? ARE_PERIODIC.exec(t))?.[1];
  return word ? (WORD_PERIOD.find(([re]) => re.test(word))?.[1] ?? null) : null;
}

/**
 * A figure read without a period of its own ("SEK 26K – SEK 30K", a bare "$6,110.00 - $7,648.00")
 * had its period guessed from its size; the posting's stated basis replaces the guess. A figure
 * with a period beside it, or from structured data (no text), keeps its own; so does one the stated
 * basis would make implausible (an hourly rate of 60,000).
 */
export function withStatedBasis(s: Salary, posting: string, page: () => string): Salary {
  if (!s.text) return s;
  const basis = statedPayBasis(posting);
  if (!basis || basis === s.period) return s;
  const ref = s.max ?? s.min ?? 0;
  if ((basis === 'HOUR' && ref > 1_000) || (basis === 'YEAR' && ref < 8_000) || ref < 5) return s;
  for (const text of [posting, page()]) {
    const at = text.indexOf(s.text);
    if (at < 0) continue;
    // Only the figure's own line: the stated basis may sit just above it.
    const { before, after } = figureSides(text, at, at + s.text.length);
    return periodIn(after) || periodIn(before, 'before') ? s : { ...s, period: basis };
  }
  return s;
}
