import { describe, expect, it } from 'vitest';
import { stipendOverLaterPay } from './intern-stipend.ts';

const laterJob = {
  min: 900_000,
  max: 1_100_000,
  currency: 'INR',
  period: 'YEAR' as const,
  text: '₹9–11 LPA',
};
const posting = [
  'Perks',
  'Monthly stipend: ₹28,000, paid by bank transfer',
  'Full-time offer: interns who convert join the analyst team at ₹9–11 LPA',
].join('\n');

describe("an internship's stipend", () => {
  it("is the pay of an internship, not the later job's salary", () => {
    expect(stipendOverLaterPay(laterJob, posting, 'internship')).toMatchObject({
      min: 28_000,
      max: 28_000,
      currency: 'INR',
    });
  });

  it('does not replace the pay of a job that is no internship', () => {
    expect(stipendOverLaterPay(laterJob, posting, 'full_time')).toBe(laterJob);
  });

  it('is not a perk paid as a stipend', () => {
    const perk = 'Learning stipend: ₹20,000 a year for courses';
    expect(stipendOverLaterPay(laterJob, perk, 'internship')).toBe(laterJob);
  });
});

describe("a perk paid as a stipend beside an intern's hourly rate", () => {
  it('keeps the hourly rate over "a one-time housing stipend of $3,000"', () => {
    const hourly = { min: 26, max: 34, currency: 'USD', period: 'HOUR' as const, text: '$26.00 - $34.00' };
    const text =
      'The anticipated hourly rate for this internship is $26.00 - $34.00 per hour. Interns who live more than 50 miles away are eligible for a one-time housing stipend of $3,000.';
    expect(stipendOverLaterPay(hourly, text, 'internship')).toEqual(hourly);
  });
});
