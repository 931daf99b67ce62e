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
});
