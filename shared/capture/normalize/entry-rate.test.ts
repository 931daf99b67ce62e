import { describe, expect, it } from 'vitest';
import { entryRateOverRange } from './entry-rate.ts';

const range = { min: 24, max: 38.5, currency: 'USD', period: 'HOUR' as const, text: '$24.00 - $38.50' };

describe("a programme's entry rate beside the job's full range", () => {
  it('takes the one rate everyone hired into the opening starts at', () => {
    const text =
      'Pay: $24.00 - $38.50 per hour. That is the range for the Pharmacy Technician job; every apprentice starts at the trainee rate of $24.00 per hour.';
    expect(entryRateOverRange(range, text)).toMatchObject({ min: 24, max: 24, period: 'HOUR' });
  });

  it('keeps the range where "starts at" is only its minimum, or the figure lies outside it', () => {
    expect(entryRateOverRange(range, 'Pay starts at $24.00 per hour and rises to $38.50.')).toBe(range);
    expect(entryRateOverRange(range, 'All new hires are paid a sign-on of $500.')).toBe(range);
  });

  it('takes the rate paid to the group the title names, and not one paid to another group', () => {
    const text =
      'Pay: $24.00 - $38.50 per hour for our benefited positions. PRN staff are paid a flat rate of $41.00 per hour in place of benefits.';
    expect(entryRateOverRange(range, text, 'Pharmacy Technician (PRN)')).toMatchObject({ min: 41, max: 41 });
    expect(entryRateOverRange(range, text, 'Pharmacy Technician')).toBe(range);
    expect(entryRateOverRange(range, text)).toBe(range);
    const perks = 'Pay: $24.00 - $38.50 per hour. PRN staff get paid time off and a 401(k) match.';
    expect(entryRateOverRange(range, perks, 'Pharmacy Technician (PRN)')).toBe(range);
  });
});
