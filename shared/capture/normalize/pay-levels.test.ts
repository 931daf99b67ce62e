import { describe, expect, it } from 'vitest';
import { paySpanOverLevels } from './pay-levels.ts';

const lowerBand = { min: 120_000, max: 140_000, currency: 'USD', period: 'YEAR' as const };
const text =
  'We will hire at Mid or Senior level, depending on the interviews. Mid: $120,000 – $140,000. Senior: $145,000 – $170,000. Equity on top.';

describe('one opening hired at either of two levels', () => {
  it('pays from the lower level minimum to the higher level maximum', () => {
    expect(paySpanOverLevels(lowerBand, text, 'Mid / Senior Backend Engineer')).toMatchObject({
      min: 120_000,
      max: 170_000,
    });
  });

  it('keeps one band when the title names one level only', () => {
    expect(paySpanOverLevels(lowerBand, text, 'Mid-level Backend Engineer')).toBe(lowerBand);
  });
});
