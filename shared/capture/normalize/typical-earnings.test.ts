import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { rateOverTypicalEarnings } from './typical-earnings.ts';

const yearly: Salary = { min: 150_000, max: 165_000, currency: 'AUD', period: 'YEAR' };

describe('typical earnings with overtime and allowances', () => {
  it('gives way to the rate the page labels', () => {
    const text =
      'Operators on this roster typically earn $150k–$165k a year once overtime and allowances are counted.';
    expect(rateOverTypicalEarnings(yearly, text, '$52.15 p/h + super')).toMatchObject({
      min: 52.15,
      max: 52.15,
      period: 'HOUR',
    });
    const ward =
      'With penalty rates and shift loadings, most nurses on this ward earn $150,000 - $165,000 a year.';
    expect(rateOverTypicalEarnings(yearly, ward, '$48.90 per hour')).toMatchObject({ min: 48.9 });
  });

  it('leaves the figure where its sentence is the pay offered, or no rate is labelled', () => {
    const offered = 'The salary for this role is $150k–$165k a year plus overtime.';
    expect(rateOverTypicalEarnings(yearly, offered, '$52.15 p/h')).toBe(yearly);
    const earned = 'Operators typically earn $150k–$165k a year once overtime is counted.';
    expect(rateOverTypicalEarnings(yearly, earned, '')).toBe(yearly);
    // the base named in an on-target-earnings sentence is the pay, not typical earnings
    const base: Salary = { min: 70_000, max: 70_000, currency: 'USD', period: 'YEAR' };
    const ote =
      '$140,000 on-target earnings with a 50/50 split: $70,000 base salary and $70,000 in target commission.';
    expect(rateOverTypicalEarnings(base, ote, '$140,000 OTE')).toBe(base);
  });
});
