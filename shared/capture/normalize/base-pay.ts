import { sentenceAt } from '../../text/sentence-at.ts';
import type { Salary } from '../types.ts';
import { BASE_AFTER, BASE_BEFORE } from './ote-words.ts';
import { findMoney, salaryOf } from './salary.ts';

/**
 * The base pay where the chosen figure is on-target earnings the posting splits out ("£60,000 –
 * £75,000 OTE (base £48,000 – £60,000, with up to 25% variable pay)"): a board's salary tag or its
 * data may carry the OTE, but the salary is the base. The base must be in the same currency and
 * either follow the OTE figure in the same sentence, named base right before it or right after it
 * ("$140,000 on-target earnings with a 50/50 split: $70,000 base salary and $70,000 in target
 * commission"), or come just before the OTE's sentence, named base right before its figure and below it.
 */
export function basePayOverOte(s: Salary, posting: string): Salary {
  if (!posting || (s.min == null && s.max == null)) return s;
  const found = findMoney(posting);
  const ote = found.find((m) => m.ote && m.min === s.min && m.max === s.max);
  if (!ote) return s;
  const after = found.find((m) => {
    const gap = posting.slice(ote.index + ote.text.length, m.index);
    return (
      m.index > ote.index &&
      gap.length < 80 &&
      !/[.!?]\s|\n/.test(gap) &&
      !m.ote &&
      m.currency === ote.currency &&
      (BASE_BEFORE.test(gap) || BASE_AFTER.test(posting.slice(m.index + m.text.length)))
    );
  });
  // "Base salary: $45,000 - $50,000 per year, plus uncapped commission. First-year on-target earnings
  // (OTE) are $68,000 - $78,000": the base named right before its own figure, ahead of the OTE's
  // sentence, in its currency and below it. A pay section may print the base, then the benefits,
  // then the board's OTE box, so the base may sit a few hundred characters up.
  const before = found.find(
    (m) =>
      m.index < ote.index &&
      ote.index - (m.index + m.text.length) < 600 &&
      !m.ote &&
      m.currency === ote.currency &&
      (m.max ?? m.min ?? Infinity) < (ote.min ?? ote.max ?? 0) &&
      BASE_BEFORE.test(posting.slice(Math.max(0, m.index - 40), m.index)),
  );
  const base = after ?? before;
  return base ? salaryOf(base) : s;
}

/** Equal, or one a rounded copy of the other ("$98K" for $98,000). */
const sameOrRounded = (a: number | null, b: number | null) =>
  a != null && b != null && Math.abs(a - b) < 1_000;

/**
 * The base where a board's summary or the employer's own salary field joined the base's minimum to
 * the on-target earnings' maximum ("$98K/yr - $160K/yr (from job description)" over "Base salary:
 * $98,000 – $112,000. On-target earnings: $140,000 – $160,000"; "USD 54,000 - 95,000 per year"
 * over "You start on a $54,000 base salary. On-target earnings are $95,000"): the top is another
 * figure's. The
 * text must print both in one currency, the OTE figure ending where the summary does and the base
 * (a range or one figure) opening where it does.
 */
export function basePayOverJoinedOte(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const found = findMoney(posting);
  const ote = found.find((m) => m.ote && sameOrRounded(m.max, s.max) && !sameOrRounded(m.min, s.min));
  const base = ote
    ? found.find(
        (m) =>
          !m.ote &&
          m.currency === ote.currency &&
          sameOrRounded(m.min, s.min) &&
          m.max != null &&
          m.max >= m.min! &&
          m.max < ote.max!,
      )
    : undefined;
  return base ? salaryOf(base) : s;
}

/** Earnings reported with the variable part in: "averaged $24.80 an hour including commission". */
const WITH_VARIABLE_PAY =
  /\b(?:including|incl\.?|with|plus)\s+(?:commissions?|tips|gratuities|bonus(?:es)?|incentives?)\b|\baverag(?:ed?|ing)\b/i;

/**
 * The guaranteed base where structured data stretched the range to what staff earn with commission:
 * a baseSalary of 17.50-24.80 an hour over "base pay: $17.50 per hour … averaged $24.80 an hour
 * including commission". The upper figure's own sentence must report it as an average or as pay
 * with commission or tips, and the lower figure must be printed on its own; the base is then one rate.
 */
export function basePayOverAverageEarnings(s: Salary, posting: string): Salary {
  if (!posting || s.min == null || s.max == null || s.min === s.max) return s;
  const found = findMoney(posting);
  const single = (v: number) => found.find((m) => m.min === v && m.max === v);
  const top = single(s.max);
  const base = single(s.min);
  if (!top || !base) return s;
  if (!WITH_VARIABLE_PAY.test(sentenceAt(posting, top.index))) return s;
  return { ...s, max: s.min, text: base.text };
}

/** A total package named in a figure's sentence: it adds super, leave loading or benefits to the base. */
const TOTAL_PACKAGE = /\b(?:package|total remuneration|total compensation)\b/i;

/**
 * The base salary where the chosen figure is the total package the posting splits out ("Total
 * remuneration package valued to $148,910. Package includes base salary ($118,236 – $130,271),
 * employer's contribution to superannuation"): a board's salary field may carry the package (as
 * Australian public-sector ads print it), but the salary is the base. The base must be named right
 * before its figure, be smaller, in the same currency and within a few sentences of the package.
 */
export function basePayOverPackage(s: Salary, posting: string): Salary {
  const top = s.max ?? s.min;
  if (!posting || top == null) return s;
  const found = findMoney(posting);
  const pkg = found.find((m) => (m.max ?? m.min) === top && TOTAL_PACKAGE.test(sentenceAt(posting, m.index)));
  if (!pkg) return s;
  const base = found.find(
    (m) =>
      m !== pkg &&
      Math.abs(m.index - pkg.index) < 300 &&
      m.currency === pkg.currency &&
      (m.max ?? m.min ?? top) < top &&
      BASE_BEFORE.test(posting.slice(Math.max(0, m.index - 40), m.index)),
  );
  return base ? salaryOf(base) : s;
}
