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
