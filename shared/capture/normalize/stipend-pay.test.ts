import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

describe("a programme's stipend", () => {
  it('is the pay when it is paid for the fellowship, residency or programme', () => {
    expect(
      parseSalary('Residents receive a stipend of $46,500 for the 12-month residency, paid monthly.', {
        minScore: 5,
      }),
    ).toMatchObject({ min: 46_500, max: 46_500, currency: 'USD', period: 'YEAR' });
  });

  it('is not the pay when it comes on top of it', () => {
    expect(
      parseSalary('You also get a stipend of $1,200 for your home office setup.', { minScore: 5 }),
    ).toBeNull();
    expect(parseSalary('Plus a $1,000 home-office stipend.', { minScore: 5 })).toBeNull();
  });
});
