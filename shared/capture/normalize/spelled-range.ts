import type { MoneyMatch } from './money-matches.ts';

/**
 * "from $129,300/year in our lowest market up to $223,600/year in our highest": a lower bound and
 * an upper bound in one sentence are one range.
 */
export function withSpelledRanges(found: MoneyMatch[], text: string): MoneyMatch[] {
  const out = [...found];
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const gap = text.slice(a.index + a.text.length, b.index);
    if (
      a.min != null &&
      a.max == null &&
      b.min == null &&
      b.max != null &&
      b.max > a.min &&
      gap.length < 120 &&
      !/[.!?]\s|\n/.test(gap) &&
      (a.currency === b.currency || !b.currency)
    ) {
      out.push({ ...a, max: b.max, text: `${a.text} … ${b.text}`, score: Math.max(a.score, b.score) + 2 });
    }
  }
  return out;
}
