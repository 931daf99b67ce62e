import { describe, expect, it } from 'vitest';
import { statedRateOverAnnualized } from './annualized-pay.ts';

const year = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'YEAR' as const });

describe("the stated rate over structured data's annualized figure", () => {
  it('reads the hourly range a yearly figure was computed from (40 or 35 hours a week)', () => {
    const text = 'What we pay\nWage: $18.50 - $21.00 an hour, plus overtime in December.';
    expect(statedRateOverAnnualized(year(38_480, 43_680), text)).toMatchObject({
      min: 18.5,
      max: 21,
      period: 'HOUR',
    });
    expect(statedRateOverAnnualized(year(33_670, 38_220), text)).toMatchObject({ period: 'HOUR' });
  });

  it('reads a monthly figure times twelve', () => {
    const text = 'Salary: $5,000 per month during the fellowship.';
    expect(statedRateOverAnnualized(year(60_000, 60_000), text)).toMatchObject({
      min: 5_000,
      period: 'MONTH',
    });
  });

  it('keeps a yearly figure the rate does not scale to', () => {
    const text = 'Wage: $18.50 - $21.00 an hour for the seasonal crew.';
    const salary = year(52_000, 60_000);
    expect(statedRateOverAnnualized(salary, text)).toBe(salary);
    // Each end scaled by another year: not one conversion.
    expect(statedRateOverAnnualized(year(38_480, 40_000), text).period).toBe('YEAR');
  });

  it('keeps the yearly figure the text prints itself, with the rate as its equivalent', () => {
    const text = 'Salary: $62,400 - $72,800 per year (about $30.00 - $35.00 per hour).';
    expect(statedRateOverAnnualized(year(62_400, 72_800), text).period).toBe('YEAR');
  });

  it("reads a part-time job's hourly rate over the full-time year printed beside it", () => {
    const text =
      'Pay: $19.00 - $22.00 per hour for 16 hours a week.\nSalary range (full-time equivalent): $39,520 - $45,760 per year';
    expect(statedRateOverAnnualized(year(39_520, 45_760), text, 'part_time')).toMatchObject({
      min: 19,
      max: 22,
      period: 'HOUR',
    });
    expect(statedRateOverAnnualized(year(39_520, 45_760), text, 'full_time').period).toBe('YEAR');
  });
});
