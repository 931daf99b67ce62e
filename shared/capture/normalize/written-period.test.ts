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

  it('leaves a figure read from the text alone (it carries its own period)', () => {
    const read = { ...data, text: '$84,000 - $97,000' };
    expect(writtenPeriodOverUnit(read, 'Pay: $84,000 - $97,000 per year')).toBe(read);
  });
});
