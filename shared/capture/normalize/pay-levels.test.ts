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

  it('spans the levels the text opens with "or" when the title names none, each named in its sentence', () => {
    const prose =
      'We are hiring this role at E4 or E5. The base range at level E4 is $101,000 - $119,000 per year and at level E5 is $117,000 - $139,000 per year.';
    const e4 = { min: 101_000, max: 119_000, currency: 'USD', period: 'YEAR' as const };
    expect(paySpanOverLevels(e4, prose, 'Site Reliability Engineer')).toMatchObject({
      min: 101_000,
      max: 139_000,
    });
  });

  it('keeps the band when the text names levels but never opens the role at more than one', () => {
    const prose =
      'The base range at level E4 is $101,000 - $119,000 per year and at level E5 is $117,000 - $139,000 per year.';
    const e4 = { min: 101_000, max: 119_000, currency: 'USD', period: 'YEAR' as const };
    expect(paySpanOverLevels(e4, prose, 'Site Reliability Engineer')).toBe(e4);
  });
});
