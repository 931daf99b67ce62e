import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';
import { periodFits, periodFromUnit, periodIn } from './salary-period.ts';

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

  it('does not take a count of monthly payments for the period: the label before decides', () => {
    expect(periodIn('\nPaid as\n12 monthly salaries, plus holiday pay')).toBeNull();
    expect(periodIn(' gross, in 13 monthly instalments')).toBeNull();
    const table = 'Annual gross salary\n58.000–66.000 EUR\nPaid as\n13 monthly salaries';
    expect(parseSalary(table, { minScore: 5 })).toMatchObject({ min: 58000, max: 66000, period: 'YEAR' });
    expect(periodIn(' paid monthly')).toBe('MONTH');
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

describe('a period the amount cannot be pay for', () => {
  it('knows no day, week or hour is paid six figures, except in a million-pay currency', () => {
    expect(periodFits('DAY', 650, 'GBP')).toBe(true);
    expect(periodFits('DAY', 140_000, 'USD')).toBe(false);
    expect(periodFits('WEEK', 90_000, 'EUR')).toBe(false);
    expect(periodFits('MONTH', 90_000, 'SEK')).toBe(true);
    expect(periodFits('DAY', 140_000, 'KRW')).toBe(true);
  });

  it("reads a yearly range under a line whose 'a day' is about something else", () => {
    const text =
      'Ship the rollout without a day of downtime\nPay\nBase salary: $140,000 - $165,000, plus equity.';
    expect(parseSalary(text)).toMatchObject({ min: 140_000, max: 165_000, period: 'YEAR' });
    const dayRate = 'Six months, on site in Leeds\nDay rate: £600 - £700';
    expect(parseSalary(dayRate)?.period).toBe('DAY');
  });
});

describe('pay for a shift or a night', () => {
  it('is a day rate, never an hour rate', () => {
    expect(
      parseSalary('Pay: $195 - $225 per overnight shift, depending on your certification.')?.period,
    ).toBe('DAY');
    expect(periodIn(' per 12-hour shift')).toBe('DAY');
    expect(periodIn(' a night, sleep-ins included')).toBe('DAY');
  });

  it('leaves an hourly rate beside night shifts hourly', () => {
    expect(periodIn(' per hour, three night shifts a week')).toBe('HOUR');
    expect(periodIn(' an hour, a night shift role')).toBe('HOUR');
  });
});

describe("how often pay is paid is not the figure's period", () => {
  it('does not read "paid semi-monthly" or "bi-monthly" after a yearly figure as per month', () => {
    expect(parseSalary('Base is $70–80K, paid semi-monthly.', { minScore: 1 })?.period).toBe('YEAR');
    expect(parseSalary('Salary $64,000, paid bi-monthly', { minScore: 1 })?.period).toBe('YEAR');
    expect(parseSalary('€2,400 monthly', { minScore: 1 })?.period).toBe('MONTH');
  });
});

describe('an amount inside a bracket', () => {
  it('takes no period from the sentence after the bracket closes ("base $70k), … paid monthly")', () => {
    expect(
      parseSalary('OTE $120k (base $70k), with uncapped commission paid monthly.', { minScore: 1 })?.period,
    ).not.toBe('MONTH');
    expect(parseSalary('Weekend shifts (£14.50 per hour) on a rota')?.period).toBe('HOUR');
  });

  it('gives an amount its own period, not that of something paid on top of it', () => {
    expect(
      parseSalary(
        'The annual base salary for this position is $62,000 - $74,000, plus uncapped monthly commission.',
      )?.period,
    ).toBe('YEAR');
  });

  it("reads a travel package's taxable hourly rate, not its stipend's week, and a per-diem post's hourly range as hourly", () => {
    const pack = parseSalary(
      'Pay Package (weekly, estimated):\nTaxable hourly $28 + housing stipend $1,100/wk\nMeals & incidentals stipend: $532/wk\nCompletion bonus: $1,000 at end of contract',
    );
    expect(pack).toMatchObject({ min: 28, max: 28, period: 'HOUR' });
    expect(
      parseSalary('The hourly pay range for this per diem position is $52.00 - $61.50, set by licensure.')
        ?.period,
    ).toBe('HOUR');
    expect(parseSalary('Per diem: $120 a shift for meals')?.period).toBe('DAY');
  });
});
