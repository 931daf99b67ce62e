import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

// withSpelledRanges is read through parseSalary, which feeds it every amount of the text.
describe('a range spelled as two bounds', () => {
  it('joins "from $A … up to $B" in one sentence', () => {
    const s = parseSalary(
      'The base pay for this position ranges from $129,300/year in our lowest geographic market up to $223,600/year in our highest geographic market.',
      { minScore: 5 },
    );
    expect(s).toMatchObject({ min: 129300, max: 223600, currency: 'USD', period: 'YEAR' });
  });
  it('does not join bounds from different sentences', () => {
    const s = parseSalary('Pay starts from $50,000 a year. Bonuses of up to $90,000 for sales.', {
      minScore: 5,
    });
    expect(s?.max ?? null).not.toBe(90000);
  });
  it('joins a pay scale told as where it starts and where it tops out', () => {
    const teller = 'Pay for this role starts at $21.40 an hour and tops out at $25.85, based on experience.';
    expect(parseSalary(teller, { minScore: 4 })).toMatchObject({ min: 21.4, max: 25.85, period: 'HOUR' });
    const chef = 'The rate starts at £13.10 per hour and maxes out at £15.40 after two years.';
    expect(parseSalary(chef, { minScore: 4 })).toMatchObject({ min: 13.1, max: 15.4, period: 'HOUR' });
    const salary = 'Salary starts at €48,000 a year, topping out at €61,000 at the top of the band.';
    expect(parseSalary(salary, { minScore: 4 })).toMatchObject({ min: 48000, max: 61000, period: 'YEAR' });
  });
});
