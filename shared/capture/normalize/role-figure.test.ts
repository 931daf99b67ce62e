import { describe, expect, it } from 'vitest';
import type { Salary } from '../types.ts';
import { roleFigureOverWiderBand, roleRangeInsideBand } from './role-figure.ts';
import { parseSalary } from './salary.ts';

const band = (min: number, max: number, currency: string, period: Salary['period']): Salary => ({
  min,
  max,
  currency,
  period,
});

describe("this role's own figure over a band that covers more than the role", () => {
  it('takes the figure the page gives this role where the band covers every route or a whole level', () => {
    const route = 'Route 9 pays $27.25 hourly. The posted range covers every regional route we run.';
    expect(roleFigureOverWiderBand(band(24, 30, 'USD', 'HOUR'), route, 'Driver (Route 9)')).toMatchObject({
      min: 27.25,
      max: 27.25,
    });
    const level =
      'The sidebar shows the band for our whole Analyst level. This role is being offered at $81,500 plus super.';
    expect(roleFigureOverWiderBand(band(75000, 90000, 'AUD', 'YEAR'), level)).toMatchObject({
      min: 81500,
      max: 81500,
    });
    const grades = 'This range spans all four grades. The position pays £31,200 a year.';
    expect(roleFigureOverWiderBand(band(28000, 36000, 'GBP', 'YEAR'), grades)).toMatchObject({ min: 31200 });
  });

  it('keeps the band without a wider-band sentence, a figure outside it, or a subject the title does not name', () => {
    const noWider = 'This role is being offered at $76,000.';
    expect(roleFigureOverWiderBand(band(70000, 82000, 'AUD', 'YEAR'), noWider).min).toBe(70000);
    const outside = 'The band covers every level. This role is being offered at $95,000.';
    expect(roleFigureOverWiderBand(band(70000, 82000, 'AUD', 'YEAR'), outside).min).toBe(70000);
    const other = 'Route 3 pays $28 hourly. The posted range covers every route we run.';
    expect(roleFigureOverWiderBand(band(24, 30, 'USD', 'HOUR'), other, 'Driver (Route 9)').min).toBe(24);
  });
});

describe("a freelancer's fee named right before its figure", () => {
  it('reads "the fee is" as pay, not a course fee', () => {
    expect(parseSalary('The fee is £640 per week for four editing days.', { minScore: 5 })).toMatchObject({
      min: 640,
      period: 'WEEK',
    });
    expect(parseSalary('Your day fee is £310, invoiced monthly.', { minScore: 5 })).toMatchObject({
      min: 310,
    });
    expect(parseSalary('The course fee is £290 per learner.', { minScore: 5 })).toBeNull();
  });
});

describe("this role's own range inside a wider band", () => {
  const band = { min: 45_000, max: 60_000, currency: 'EUR', period: 'YEAR' as const };
  it.each([
    'CDI, statut cadre. For this role: 50–55 k€ gross annual fixed salary, plus up to 8% variable.',
    'The range for this position is €50,000 – €55,000 a year.',
    "This role's range is €50,000 to €55,000.",
  ])('reads "%s"', (text) => {
    expect(roleRangeInsideBand(band, text)).toMatchObject({ min: 50_000, max: 55_000 });
  });

  it('keeps the band for a range outside it, in another currency, or not said of this role', () => {
    expect(roleRangeInsideBand(band, 'For this role: 58–65 k€ gross annual.')).toBe(band);
    expect(roleRangeInsideBand(band, 'For this role: £50,000 – £55,000 a year.')).toBe(band);
    expect(roleRangeInsideBand(band, 'Our juniors earn 50–55 k€ gross annual.')).toBe(band);
  });
});
