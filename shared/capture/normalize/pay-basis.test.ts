import { describe, expect, it } from 'vitest';
import { statedPayBasis, withStatedBasis } from './pay-basis.ts';

describe('the pay basis a posting states away from its figure', () => {
  it('reads a pay-type line and a sentence about how pay is quoted', () => {
    expect(statedPayBasis('Schedule: nights\nPay Type: Hourly\nUnion: yes')).toBe('HOUR');
    expect(statedPayBasis('In Norway pay is usually quoted per month, and ours is too.')).toBe('MONTH');
    expect(statedPayBasis('Every figure on this board, the one above included, is an annual salary.')).toBe(
      'YEAR',
    );
  });

  it('does not take how often pay is paid for its period', () => {
    expect(statedPayBasis('Salaries are paid monthly on the 25th.')).toBeNull();
    expect(statedPayBasis('Pay frequency: biweekly')).toBeNull();
  });
});

describe('a figure without its own period', () => {
  const posting = 'Pay is quoted per month before tax, as is usual here.\nRange: NOK 48K – NOK 55K';

  it('takes the stated basis over a guess from its size', () => {
    const s = {
      min: 48_000,
      max: 55_000,
      currency: 'NOK',
      period: 'YEAR' as const,
      text: 'NOK 48K – NOK 55K',
    };
    expect(withStatedBasis(s, posting, () => '').period).toBe('MONTH');
  });

  it('keeps a period printed beside the figure, and one from structured data', () => {
    const named = 'Pay is quoted per month.\nThis internship pays NOK 9K per week';
    const s = { min: 9_000, max: 9_000, currency: 'NOK', period: 'WEEK' as const, text: 'NOK 9K' };
    expect(withStatedBasis(s, named, () => '').period).toBe('WEEK');
    const structured = { min: 48_000, max: 55_000, currency: 'NOK', period: 'YEAR' as const };
    expect(withStatedBasis(structured, posting, () => '').period).toBe('YEAR');
  });
});

describe('a basis stated as "the gross monthly salary"', () => {
  it('reads the adjective-led wording as the period', () => {
    expect(statedPayBasis('This figure is the gross monthly salary for the 25-hour post.')).toBe('MONTH');
    expect(statedPayBasis('Our summer party is the annual highlight for the team.')).toBeNull();
  });
});
