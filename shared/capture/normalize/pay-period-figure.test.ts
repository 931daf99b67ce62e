import { describe, expect, it } from 'vitest';
import { yearOverPayPeriodFigure } from './pay-period-figure.ts';

const read = (min: number | null, max: number | null, text: string) =>
  ({ min, max, currency: 'USD', period: 'WEEK' as const, text }) as const;

describe("a pay period's figure as the year's pay", () => {
  it('turns a bi-weekly range into 26 pay periods a year', () => {
    const posting =
      'Scheduled hours: 40\nCompensation: $1,800.00 - $2,200.00 bi-weekly\nBenefits start day one.';
    expect(yearOverPayPeriodFigure(read(1800, 2200, '$1,800.00 - $2,200.00'), posting)).toMatchObject({
      min: 46_800,
      max: 57_200,
      period: 'YEAR',
    });
  });

  it('reads "per fortnight" after a figure and a semi-monthly label before one', () => {
    const fortnight = 'Starting from $2,100 per fortnight plus super.';
    expect(yearOverPayPeriodFigure(read(2100, null, '$2,100'), fortnight)).toMatchObject({
      min: 54_600,
      max: null,
    });
    const semi = 'Semi-monthly base pay: $3,000 - $3,400';
    expect(yearOverPayPeriodFigure(read(3000, 3400, '$3,000 - $3,400'), semi)).toMatchObject({
      min: 72_000,
      max: 81_600,
      period: 'YEAR',
    });
  });

  it('leaves a yearly salary that is merely paid bi-weekly, and a weekly wage, alone', () => {
    const yearly = { ...read(58_000, 64_000, '$58,000 - $64,000'), period: 'YEAR' as const };
    expect(yearOverPayPeriodFigure(yearly, 'Pay: $58,000 - $64,000 a year, paid bi-weekly.')).toBe(yearly);
    const weekly = read(900, 1100, '$900 - $1,100');
    expect(yearOverPayPeriodFigure(weekly, 'Pay: $900 - $1,100 per week, paid bi-weekly.')).toBe(weekly);
  });
});
