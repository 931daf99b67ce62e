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
