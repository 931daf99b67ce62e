import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

/** Which bare numbers (no currency) count as pay. */
describe('a bare number near pay wording', () => {
  it('is a count of time under a label that counts hours or days', () => {
    const text = 'Weekly hours: 37\nPay: the base salary for this programme is $88,000.';
    expect(parseSalary(text)).toMatchObject({ min: 88_000, max: 88_000, period: 'YEAR' });
    expect(parseSalary('Days on site: 3\nPaid parental leave')).toBeNull();
  });

  it('is pay under a pay label', () => {
    expect(parseSalary('Compensation: 62K-70K')).toMatchObject({ min: 62_000, max: 70_000 });
    expect(parseSalary('Salary per year: 58000 - 64000')).toMatchObject({ min: 58_000, max: 64_000 });
  });
});

describe('a figure the job starts at', () => {
  it('is the entry wage, even in a benefits list', () => {
    const text = 'Benefits\nStarting at $38/hour, reviewed after 90 days\n$500 a year toward boots';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 38, max: null, period: 'HOUR' });
    expect(parseSalary('Benefits\nShuttle passes at $38/hour parking rates', { minScore: 5 })).toBeNull();
  });
});

describe('a rate listed as a line of its own in a description', () => {
  const inDescription = (text: string) => parseSalary(text, { minScore: 5 });

  it('reads "• $30.66 per hour plus penalty rates …" under what the job offers as the pay', () => {
    const text =
      'What we offer\n• $30.66 per hour plus penalty rates for weekends and public holidays, plus superannuation\n• Free staff meals on shift';
    expect(inDescription(text)).toMatchObject({ min: 30.66, max: 30.66, period: 'HOUR' });
  });

  it('does not read a perk listed the same way as the pay', () => {
    expect(inDescription('Benefits\n• $75 monthly home internet stipend\n• Paid time off')).toBeNull();
    expect(inDescription('Perks\n• €120 a month language bonus if you work in a third language')).toBeNull();
  });
});

describe('a count of hours in a row of chips', () => {
  it('reads no pay from "Hours Per Week: · 40" beside a pay heading', () => {
    expect(
      parseSalary('Shift: · 1st shift · Hours Per Week: · 40 · Pay and benefits information', {
        minScore: 1,
      }),
    ).toBeNull();
  });
});

describe('a date beside a pay label', () => {
  it('"Salary: DOE · Date Posted: 11/18/2025" gives no pay; "Pay: 18/20 hourly" does', () => {
    expect(parseSalary('Salary: DOE · Date Posted: 11/18/2025')).toBeNull();
    expect(parseSalary('Pay: 18/20 hourly')).toMatchObject({ min: 18, max: 20, period: 'HOUR' });
  });
});
