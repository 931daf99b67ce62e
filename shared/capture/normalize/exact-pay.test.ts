import { describe, expect, it } from 'vitest';
import { exactPayOverRounded } from './exact-pay.ts';

const header = { min: 54_000, max: 61_000, currency: 'USD', period: 'YEAR' as const, text: '$54K - $61K' };

describe('a rounded header figure and the exact range in the description', () => {
  it('takes the exact range the header rounds', () => {
    const posting = 'Pay: $2,080 – $2,340 biweekly ($54,080 – $60,840 per year), plus overtime.';
    expect(exactPayOverRounded(header, posting)).toMatchObject({ min: 54_080, max: 60_840, period: 'YEAR' });
  });

  it('keeps the header where the description gives another range or no full figures', () => {
    expect(exactPayOverRounded(header, 'Pay: $48,500 – $52,000 per year.')).toBe(header);
    expect(exactPayOverRounded(header, 'Pay: $54K – $61K a year.')).toBe(header);
    const full = { ...header, text: '$54,000 - $61,000' };
    expect(exactPayOverRounded(full, 'Pay: $54,080 – $60,840 per year.')).toBe(full);
  });
});
