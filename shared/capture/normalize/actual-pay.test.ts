import { describe, expect, it } from 'vitest';
import { actualPayOverFullTimeEquivalent } from './actual-pay.ts';
import { marksActualPay } from './actual-pay-words.ts';

const fte = { min: 36_000, max: 40_000, currency: 'GBP', period: 'YEAR' as const, text: '£36,000 - £40,000' };

describe("a part-time post's actual pay and its full-time equivalent", () => {
  it('takes the actual figure stated after the pro rata range', () => {
    const text = 'Pay: £36,000 - £40,000 per annum pro rata (£21,600 - £24,000 actual for 22.5 hours).';
    expect(actualPayOverFullTimeEquivalent(fte, text)).toMatchObject({
      min: 21_600,
      max: 24_000,
      period: 'YEAR',
    });
  });

  it('takes the actual salary named before its figure', () => {
    const text = '£36,000 – £40,000 FTE (actual salary £28,800 – £32,000 for four days a week).';
    expect(actualPayOverFullTimeEquivalent(fte, text)).toMatchObject({ min: 28_800, max: 32_000 });
  });

  it('takes what you will actually earn after a range called the full-time equivalent before it', () => {
    const text =
      "The full-time equivalent salary is £36,000 – £40,000. For 22.5 hours a week you'll actually earn £21,600 – £24,000 a year.";
    expect(actualPayOverFullTimeEquivalent(fte, text)).toMatchObject({
      min: 21_600,
      max: 24_000,
      period: 'YEAR',
    });
    // A full-time figure with no full-time-equivalent wording is the job's pay.
    const plain = "The salary is £36,000 – £40,000. In year two you'll actually earn £21,600 in bonus.";
    expect(actualPayOverFullTimeEquivalent(fte, plain)).toBe(fte);
  });

  it('keeps the chosen figure when the text marks no actual pay or another range', () => {
    expect(actualPayOverFullTimeEquivalent(fte, 'Pay: £36,000 - £40,000 per annum pro rata.')).toBe(fte);
    const other = 'Pay: £30,000 - £33,000 pro rata (£18,000 - £19,800 actual).';
    expect(actualPayOverFullTimeEquivalent(fte, other)).toBe(fte);
  });

  it('reads actual wording on either side of an amount', () => {
    expect(marksActualPay('pro rata (actual salary ', '')).toBe(true);
    expect(marksActualPay('(', ' actual for 30 hours')).toBe(true);
    expect(marksActualPay('salary ', ' per annum')).toBe(false);
    expect(marksActualPay('at full time €64,000 a year; for 30 hours it is ', '')).toBe(true);
    expect(marksActualPay('open 24 hours. Salary ', '')).toBe(false);
    expect(marksActualPay('£31,800 a year for the 22.5 hours (roughly ', '')).toBe(false);
  });
});
