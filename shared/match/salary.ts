import type { PayPeriod, Salary } from '../domain/index.ts';

/**
 * Salary text -> range. Needs a currency sign or code next to the numbers, so "5-6 patients"
 * or "3x12 shifts" never read as pay. Periods and currencies are normalized for comparison
 * with rough, documented factors: enough to rank, not to quote.
 */
const SYMBOLS: Array<[RegExp, string]> = [
  [/^(?:C\$|CA\$|CAD)/i, 'CAD'],
  [/^(?:A\$|AU\$|AUD)/i, 'AUD'],
  [/^(?:US\$|USD)/i, 'USD'],
  [/^(?:£|GBP)/i, 'GBP'],
  [/^(?:€|EUR)/i, 'EUR'],
  [/^(?:₹|INR|Rs\.?)/i, 'INR'],
  [/^CHF/i, 'CHF'],
  [/^\$/, 'USD'],
];
const CODE_AFTER = /^\s*(USD|CAD|GBP|EUR|AUD|CHF|INR)\b/i;

const AMOUNT = String.raw`(C\$|CA\$|A\$|AU\$|US\$|\$|£|€|₹|USD|CAD|GBP|EUR|AUD|CHF|INR)?\s?(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?([kK])?`;
const RANGE = new RegExp(`${AMOUNT}(?:\\s*(?:-|–|—|to)\\s*${AMOUNT})?`, 'g');

const PERIODS: Array<[RegExp, PayPeriod]> = [
  [/^\s*(?:\/\s*|per |an |a )?(?:hour|hr)\b|^\s*hourly/i, 'HOUR'],
  [/^\s*(?:\/\s*|per |a )?day\b|^\s*daily/i, 'DAY'],
  [/^\s*(?:\/\s*|per |a )?(?:week|wk)\b|^\s*weekly/i, 'WEEK'],
  [/^\s*(?:\/\s*|per |a )?(?:month|mo)\b|^\s*monthly/i, 'MONTH'],
  [/^\s*(?:\/\s*|per |a )?(?:year|yr|annum)\b|^\s*(?:annually|annual|yearly|p\.?a\.?)/i, 'YEAR'],
];

const toNumber = (digits: string, k: string | undefined): number => {
  // "120,000" and "120.000" are thousands; "45.50" is a decimal.
  const plain = /^\d{1,3}([,.]\d{3})+$/.test(digits) ? digits.replace(/[,.]/g, '') : digits;
  return Number.parseFloat(plain) * (k ? 1000 : 1);
};

function currencyOf(sign: string | undefined): string | null {
  if (!sign) return null;
  for (const [re, code] of SYMBOLS) if (re.test(sign)) return code;
  return null;
}

function periodNear(text: string, at: number, amount: number): PayPeriod {
  const after = text.slice(at, at + 40).replace(/^\s*(?:USD|CAD|GBP|EUR|AUD)\b/i, '');
  for (const [re, period] of PERIODS) if (re.test(after)) return period;
  const around = text.slice(Math.max(0, at - 80), at + 60).toLowerCase();
  if (/weekly pay:|per week|a week/.test(around) && amount < 10_000) return 'WEEK';
  if (/hourly|per hour|an hour/.test(around) && amount < 500) return 'HOUR';
  return amount < 300 ? 'HOUR' : amount < 20_000 ? 'MONTH' : 'YEAR';
}

/** The first pay range in the text, or null. `defaultDollar` names what a bare "$" means (CAD in Canada). */
export function parseSalary(text: string, defaultDollar = 'USD'): Salary | null {
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const [whole, sign1, d1, k1, sign2, d2, k2] = m;
    const end = m.index + whole.length;
    const codeAfter = CODE_AFTER.exec(text.slice(end, end + 8))?.[1];
    let currency = currencyOf(sign1) ?? currencyOf(sign2) ?? currencyOf(codeAfter);
    if (!currency) continue;
    if ((sign1 ?? sign2) === '$') currency = currencyOf(codeAfter) ?? defaultDollar;
    let lo: number | null = toNumber(d1, k1 ?? (d2 ? k2 : undefined));
    let hi = d2 ? toNumber(d2, k2) : null;
    if (hi === null && /up to\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))
      [lo, hi] = [null, lo];
    const amount = lo ?? hi ?? 0;
    if (amount < 7 || (hi !== null && lo !== null && hi < lo)) continue;
    const period = periodNear(
      text,
      end + (codeAfter ? CODE_AFTER.exec(text.slice(end, end + 8))![0].length : 0),
      amount,
    );
    const start = Math.max(0, text.lastIndexOf('\n', m.index) + 1);
    const lineEnd = text.indexOf('\n', end);
    return {
      min: lo,
      max: hi,
      currency,
      period,
      text: text.slice(start, lineEnd === -1 ? undefined : lineEnd).trim(),
    };
  }
  return null;
}

/** Pay periods in a working year (40-hour weeks, 260 working days). */
export const PER_YEAR: Record<PayPeriod, number> = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };
// Approximate USD value of one unit, for cross-currency comparison only (mid-2020s averages).
const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  CAD: 0.73,
  GBP: 1.27,
  EUR: 1.08,
  AUD: 0.66,
  CHF: 1.12,
  INR: 0.012,
  NZD: 0.6,
  SGD: 0.74,
  JPY: 0.0067,
};

/** Annual amount in USD, or null when the currency is not one we can convert. */
export function yearlyUsd(amount: number, period: PayPeriod | null, currency: string | null): number | null {
  const rate = USD_PER_UNIT[currency ?? 'USD'];
  if (rate === undefined) return null;
  return amount * PER_YEAR[period ?? 'YEAR'] * rate;
}
