import { parseSalary } from '../normalize/salary.ts';

/**
 * The pay a posting object in app state carries: a summary line ("$24.50 - $31.00 per hour") or
 * structured components ({minValue, maxValue, currencyCode, interval}), as JSON-LD baseSalary.
 */
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

const PAY_TEXT_KEYS = [
  'compensationTierSummary',
  'scrapeableCompensationSalarySummary',
  'salaryText',
  'payRange',
  'salary',
  'compensation',
];
/** Pay as structured components ({minValue, maxValue, currencyCode, interval}) or as a summary line. */
export function payOf(p: Json): Json | null {
  const text = PAY_TEXT_KEYS.map((k) => p[k]).find((v) => typeof v === 'string' && /\d/.test(v));
  if (typeof text === 'string') {
    const s = parseSalary(text, { minScore: 1 });
    if (s) return { currency: s.currency, value: { minValue: s.min, maxValue: s.max, unitText: s.period } };
  }
  // Rippling: payRangeDetails [{rangeStart, rangeEnd, currency, frequency: "PER_HOUR"}].
  const stack: unknown[] = [p.compensation ?? p.salaryRange ?? p.salary ?? p.pay ?? p.payRangeDetails];
  for (let i = 0; i < 200 && stack.length; i++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObj(node)) {
      const min = node.minValue ?? node.min ?? node.rangeStart;
      const max = node.maxValue ?? node.max ?? node.rangeEnd;
      const currency = str(node.currencyCode ?? node.currency);
      const unit = str(node.interval ?? node.period ?? node.unit ?? node.frequency);
      if (
        (typeof min === 'number' || typeof max === 'number') &&
        currency &&
        !/equity/i.test(str(node.compensationType))
      )
        return {
          currency,
          value: {
            minValue: min,
            maxValue: max,
            unitText: /hour/i.test(unit) ? 'HOUR' : /month/i.test(unit) ? 'MONTH' : 'YEAR',
          },
        };
      stack.push(...Object.values(node));
    }
  }
  return null;
}
