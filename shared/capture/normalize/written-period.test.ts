import { describe, expect, it } from 'vitest';
import { writtenPeriodOverUnit } from './written-period.ts';

const data = { min: 84_000, max: 97_000, currency: 'USD', period: 'HOUR' as const };

describe("the period the description writes beside structured data's figures", () => {
  it("replaces a data unit the description's own sentence contradicts", () => {
    const text = 'Benefits\nThe pay for this job is $84,000 - $97,000 annually, set by level.';
    expect(writtenPeriodOverUnit(data, text)).toMatchObject({ min: 84_000, max: 97_000, period: 'YEAR' });
  });

  it('keeps the unit when the description prints other figures or no period', () => {
    expect(writtenPeriodOverUnit(data, 'Pay: $70,000 - $80,000 a year.')).toBe(data);
    expect(writtenPeriodOverUnit(data, 'Pay range $84,000 - $97,000, depending on skills.')).toBe(data);
  });

  it('reads the period written just before the figures, not a word past the end of their clause', () => {
    const monthly = { min: 18_000, max: 22_000, currency: 'AED', period: 'MONTH' as const };
    const text = 'What we offer: a monthly salary of AED 18,000 - 22,000 (all-inclusive), annual air ticket.';
    expect(writtenPeriodOverUnit(monthly, text)).toBe(monthly);
    const hourly = { ...monthly, period: 'HOUR' as const };
    expect(writtenPeriodOverUnit(hourly, text)).toMatchObject({ period: 'MONTH' });
  });

  it('leaves a figure read from the text alone (it carries its own period)', () => {
    const read = { ...data, text: '$84,000 - $97,000' };
    expect(writtenPeriodOverUnit(read, 'Pay: $84,000 - $97,000 per year')).toBe(read);
  });
});
