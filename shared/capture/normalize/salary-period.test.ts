import { describe, expect, it } from 'vitest';
import { periodFromUnit, periodIn } from './salary-period.ts';

describe('periodIn', () => {
  it('takes the period nearest the amount on either side', () => {
    expect(periodIn(' a month, for 16 hours a week')).toBe('MONTH');
    expect(periodIn('Hourly staff are welcome. Salary per annum: ', 'before')).toBe('YEAR');
    expect(periodIn(' gross, paid in twelve instalments')).toBeNull();
  });

  it('does not take the number of payments a year for the period', () => {
    expect(periodIn(', paid 14 times a year')).toBeNull();
    expect(periodIn(' gross, in 14 instalments per year')).toBeNull();
    expect(periodIn('Monthly gross pay: ', 'before')).toBe('MONTH');
  });

  it('reads a slash before a period word in French, Spanish, Italian, German and Dutch', () => {
    expect(periodIn(' € / mois brut')).toBe('MONTH');
    expect(periodIn(' €/mes')).toBe('MONTH');
    expect(periodIn(' € / an, selon profil')).toBe('YEAR');
    expect(periodIn(' € / jour')).toBe('DAY');
    expect(periodIn(' € / answer')).toBeNull();
  });
});

describe('periodFromUnit', () => {
  it('reads schema.org unit texts', () => {
    expect(periodFromUnit('MONTHLY')).toBe('MONTH');
    expect(periodFromUnit('per hour')).toBe('HOUR');
    expect(periodFromUnit(12)).toBeNull();
  });
});

describe('hours worked in a period', () => {
  it('are not the pay period', () => {
    expect(periodIn(' for 18.5 hours a week)')).toBeNull();
    expect(periodIn(' for 20 hours per week, paid monthly')).toBe('MONTH');
  });
});

describe('a weekly period in the languages boards print it in', () => {
  it('reads French, German, Spanish and Italian weekly pay', () => {
    expect(periodIn(' par semaine, selon l’expérience')).toBe('WEEK');
    expect(periodIn(' à la semaine')).toBe('WEEK');
    expect(periodIn(' brutto wöchentlich')).toBe('WEEK');
    expect(periodIn(' por semana')).toBe('WEEK');
    expect(periodIn(' a settimana')).toBe('WEEK');
  });
});
