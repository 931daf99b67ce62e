import { describe, expect, it } from 'vitest';
import { payOf } from './state-pay.ts';

describe('payOf', () => {
  it('reads a summary line, else structured components, and skips equity', () => {
    expect(payOf({ payRange: '£11.90 - £12.40 per hour' })).toMatchObject({
      currency: 'GBP',
      value: { minValue: 11.9, maxValue: 12.4, unitText: 'HOUR' },
    });
    const tiers = (type: string) => ({
      compensation: [
        { compensationType: type, currencyCode: 'EUR', minValue: 52000, maxValue: 61000, interval: '1 YEAR' },
      ],
    });
    expect(payOf(tiers('Salary'))).toMatchObject({
      currency: 'EUR',
      value: { minValue: 52000, unitText: 'YEAR' },
    });
    expect(payOf(tiers('EquityPercentage'))).toBeNull();
  });

  it('reads pay range details given as range start and end with a frequency', () => {
    const p = { payRangeDetails: [{ rangeStart: 19, rangeEnd: 22, currency: 'USD', frequency: 'PER_HOUR' }] };
    expect(payOf(p)).toMatchObject({
      currency: 'USD',
      value: { minValue: 19, maxValue: 22, unitText: 'HOUR' },
    });
  });
});
