import { MILLION_PAY_CURRENCIES, PERIOD_WORDS, type Period } from './salary-words.ts';

/** Which pay period an amount is for: named in the words around it, a schema.org unit, or its size. */

const PERIOD_WORDS_ALL = PERIOD_WORDS.map(([re, p]) => [new RegExp(re.source, 'gi'), p] as const);

/**
 * How many times a year the pay is paid ("paid 14 times a year", "in 13 payments per year", "14
 * salaries a year"): Greek, Spanish, Portuguese, Italian and Austrian pay comes in 13 or 14
 * instalments, yet the amount stays a month's pay. So is a count of monthly payments ("Paid as 12
 * monthly salaries", "in 13 monthly instalments", German and Austrian tables): "monthly" there says
 * how the year's sum is split, not the amount's period (an "Annual gross salary" label decides).
 */
const PAYMENTS_A_YEAR =
  /\b(?:paid\s+)?(?:in\s+)?(?:\d{1,2}|twelve|thirteen|fourteen)\s+(?:(?:times|payments|instal(?:l)?ments|salaries|pay(?:ments|checks|cheques)?)\s+(?:a|per|each|every)\s+year|monthly\s+(?:payments|instal(?:l)?ments|salaries|pay(?:ments|checks|cheques)))\b/gi;

/**
 * Hours worked in a period ("for 18.5 hours a week", "37.5 hours per week"): the hours' period, not
 * the pay's.
 */
const HOURS_A_PERIOD = /\b\d{1,2}(?:[.,]\d{1,2})?\s+hours?\s+(?:a|per|each|every)\s+(?:week|month|day)\b/gi;

/**
 * Period named in a window of text ("a year", "/hr", "annual salary", "pro Monat"). Where the window
 * names several ("€1,200 per month for 20 hours a week"), the one nearest the amount decides: the
 * first after it, or the last before it.
 */
export function periodIn(text: string, side: 'after' | 'before' = 'after'): Period | null {
  let best: { at: number; period: Period } | null = null;
  // Blanked, not cut, so the distances to the amount stay as written.
  const t = text
    .replace(PAYMENTS_A_YEAR, (m) => ' '.repeat(m.length))
    .replace(HOURS_A_PERIOD, (m) => ' '.repeat(m.length));
  for (const [re, period] of PERIOD_WORDS_ALL) {
    for (const m of t.matchAll(re)) {
      const nearer = !best || (side === 'after' ? m.index < best.at : m.index > best.at);
      if (nearer) best = { at: m.index, period };
      if (side === 'after') break;
    }
  }
  return best?.period ?? null;
}

/**
 * A bracket after the amount that gives the pay again in other figures ("7.2 million yen (monthly
 * ¥600,000 × 12)", "€52,000 (€4,000 per month over 13 payments)"): its period is those figures', not
 * the amount's, so the window after the amount stops at it. A bracket with no money in it
 * ("(per year)", "(gross, monthly)") still names the amount's period.
 */
const OTHER_FIGURES = /\((?=[^()]*?(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[$€£¥₹]|yen\b|[A-Z]{3}\b)))/;

/**
 * An amount inside a bracket ("OTE $120k (base $70k), with uncapped commission paid monthly"): the bracket's close
 * ends its words; what follows is the sentence's ("paid monthly" is the commission's).
 */
const CLOSES_ITS_BRACKET = /^[^()]*\)/;

/**
 * Something paid on top, after the amount ("$62,000 - $74,000, plus uncapped monthly commission", "Taxable hourly
 * $28 + housing stipend $1,100/wk"): its period is the extra's, not the amount's.
 */
const ON_TOP = /,?\s+plus\b|\s\+\s/i;

/** The period named in the words right after an amount (40 characters), up to a bracket of other figures or a "plus". */
export const periodAfter = (after: string): Period | null => {
  const words = after.slice(0, 40).split(ON_TOP)[0]!;
  const own = words.match(CLOSES_ITS_BRACKET)?.[0] ?? words;
  return periodIn(own.split(OTHER_FIGURES)[0]!);
};

/**
 * The most an hour's, a day's or a week's pay runs to in any currency whose year's pay stays under
 * a million (SEK, NOK and MXN hourly rates included): no day rate is six figures. Past it the period
 * word was another sentence's ("without losing a day of data" above "Base salary: $175,000").
 */
const PERIOD_CEILING: Partial<Record<Period, number>> = { HOUR: 3_000, DAY: 20_000, WEEK: 60_000 };

/** Whether an amount can be pay for the period: a six-figure sum is no day rate (in most currencies). */
export function periodFits(period: Period, amount: number, currency: string | null): boolean {
  if (currency && MILLION_PAY_CURRENCIES.has(currency)) return true;
  return amount <= (PERIOD_CEILING[period] ?? Number.POSITIVE_INFINITY);
}

export function inferPeriod(min: number | null, max: number | null): Period | null {
  const v = min ?? max;
  if (v == null) return null;
  if (v < 300) return 'HOUR';
  if (v < 2_000) return 'DAY';
  if (v < 15_000) return 'MONTH';
  return 'YEAR';
}

/** schema.org unitText ("YEAR", "per hour", "MONTHLY") → PayPeriod. */
export function periodFromUnit(unit: unknown): Period | null {
  if (typeof unit !== 'string') return null;
  const u = unit.toUpperCase();
  if (/HOUR/.test(u)) return 'HOUR';
  if (/DAY|DAILY/.test(u)) return 'DAY';
  if (/WEEK/.test(u)) return 'WEEK';
  if (/MONTH/.test(u)) return 'MONTH';
  if (/YEAR|ANNUAL|ANNUM/.test(u)) return 'YEAR';
  return null;
}
