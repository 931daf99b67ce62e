import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';
import { COUNT_AFTER } from './salary-words.ts';

describe('counted things after a number', () => {
  it('reads a hyphenated length ("a 25-hour post", "a 9-month contract") as a count, not pay', () => {
    expect(COUNT_AFTER.test('-hour post')).toBe(true);
    expect(COUNT_AFTER.test('-month contract')).toBe(true);
    expect(
      parseSalary('Monthly salary: this is the pay for the 25-hour post. See the range below.', {
        minScore: 4,
      }),
    ).toBeNull();
  });

  it('reads the number of salary payments a year as a count, not pay', () => {
    expect(
      parseSalary('Pay per the hospitality collective agreement, level II, in 14 payments.', { minScore: 1 }),
    ).toBeNull();
    expect(parseSalary('Salario según convenio, 14 pagas.', { minScore: 1 })).toBeNull();
    expect(parseSalary('Retribuzione da CCNL su 14 mensilità.', { minScore: 1 })).toBeNull();
  });

  it('still reads a range joined by a hyphen as pay', () => {
    expect(parseSalary('Salary: 2,400-2,900 EUR per month', { minScore: 4 })).toMatchObject({
      min: 2_400,
      max: 2_900,
    });
  });
});

describe('a pay grade printed step by step', () => {
  it('reads the bounds with their step or grade in brackets as one range', () => {
    const grade = parseSalary('Pay Grade 14: $51,584 (Step 1) to $68,120 (Step 9) annually.', {
      minScore: 4,
    });
    expect(grade).toMatchObject({ min: 51_584, max: 68_120, currency: 'USD', period: 'YEAR' });
    expect(parseSalary('Salary: £31,000 (minimum) - £37,000 per annum', { minScore: 4 })).toMatchObject({
      min: 31_000,
      max: 37_000,
    });
  });
});

describe('bonuses that are not pay', () => {
  it('reads a refer-a-friend bonus as a referral bonus, not the hourly rate', () => {
    const text =
      "Your hourly rate depends on experience, and we'll confirm it at interview. You'll get holiday pay and a £250 refer-a-friend bonus.";
    expect(parseSalary(text, { minScore: 5 })).toBeNull();
    expect(
      parseSalary('Pay: £24,500 a year. New starters get a £2,000 golden hello.', { minScore: 5 }),
    ).toMatchObject({ min: 24_500, max: 24_500 });
    expect(parseSalary('Holiday pay, and a £300 recommend-a-friend bonus.', { minScore: 5 })).toBeNull();
  });
});

describe("non-pay wording only counts in the amount's own sentence", () => {
  it('keeps a salary whose previous line mentions credit', () => {
    const s = parseSalary('Review credit papers above S$5 million\nSalary: S$9,000 – S$12,000 per month.', {
      minScore: 5,
    });
    expect(s).toMatchObject({ min: 9000, max: 12000, currency: 'SGD', period: 'MONTH' });
  });
  it('still drops a sign-on bonus in the same sentence', () => {
    expect(parseSalary('We pay a sign-on bonus of $5,000 to $10,000.', { minScore: 5 })).toBeNull();
  });
});

describe('not-pay words on the next line', () => {
  it('a "401(k)" benefit line does not sink the pay line above it', () => {
    const text = 'Pay: $47,500.00 - $52,000.00 per year\nBenefits:\n• 401(k) with match';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 47_500, max: 52_000, period: 'YEAR' });
  });
});

describe('times of day beside pay words', () => {
  it('does not read a shift window as a pay range', () => {
    const text = [
      'Shift: evenings, clock in between 4:30 and 6:00 p.m.',
      'Pay basis: hourly',
      'You will restock the cold room, count the tills and close the store with the shift lead.',
      'Pay: $22.10 - $26.40',
    ].join('\n');
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 22.1, max: 26.4, currency: 'USD' });
  });
});

describe('days of a month beside pay words', () => {
  it('does not read "December 26-31" as a bare pay range', () => {
    const text = 'Availability for the full season, including December 26-31\nPay: $18.50 per hour.';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 18.5, max: 18.5, currency: 'USD' });
  });

  it('does not read days before their month ("24 and 31 December") as pay', () => {
    const text = 'Good English (we pay for the course)\nWhy us?\n30 days of holiday, plus 24 and 31 December';
    expect(parseSalary(text)).toBeNull();
  });
});

describe('a past payout reported as an average', () => {
  it('is not the pay offered', () => {
    const text =
      'Salary is commensurate with experience.\nPerformance pay (it averaged $2,400 per teacher last year).';
    expect(parseSalary(text)).toBeNull();
  });
});

describe('figures that are not pay, or not a lower bound', () => {
  it("reads a standard's number as no pay, even beside a pay word", () => {
    expect(
      parseSalary('• Design our next range of display cases\n• Run tests to AS 1731 / ISO 23953 conditions'),
    ).toBeNull();
    expect(parseSalary('Salary: the rate for this range follows EN 1090 work')).toBeNull();
  });

  it('reads "+ super" or "+ VAT" after a figure as something on top, not "or more"', () => {
    expect(parseSalary('Salary: AUD 95k + super')).toMatchObject({ min: 95_000, max: 95_000 });
    expect(parseSalary('Rate: £500 + VAT per day')).toMatchObject({ min: 500, max: 500, period: 'DAY' });
    expect(parseSalary('Salary: AUD 95k+')).toMatchObject({ min: 95_000, max: null });
  });
});
