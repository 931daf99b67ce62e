import { describe, expect, it } from 'vitest';
import { payNowOverLaterPay } from './later-pay.ts';
import { parseSalary } from './salary.ts';

const chosen = (text: string) => parseSalary(text, { minScore: 5 })!;

describe('the pay offered now, not the pay after a conversion', () => {
  it("reads a contract-to-hire job's contract rate over the salary band after conversion", () => {
    const text =
      "During the contract you'll be paid $52 per hour for the hours you invoice. After conversion the role moves onto our Scientist II salary band, currently $98,000 – $112,000 a year.";
    expect(chosen(text)).toMatchObject({ min: 98_000 });
    expect(payNowOverLaterPay(chosen(text), text)).toMatchObject({
      min: 52,
      max: 52,
      currency: 'USD',
      period: 'HOUR',
    });
  });

  it('reads other ways of saying the later pay', () => {
    const now = 'Temp-to-perm: the hourly rate is £14.50 per hour through the agency.';
    for (const later of [
      'On conversion to a permanent employee, your salary will be £30,000 – £34,000 per annum.',
      "Once you're made permanent, the salary is £30,000 – £34,000 per annum.",
      'If we convert you, pay moves to £30,000 – £34,000 per annum.',
      'Post-conversion salary: £30,000 – £34,000 per annum.',
      'Conversion salary: £30,000 – £34,000 per annum.',
      'When you complete the programme you move onto our Analyst band (£30,000 – £34,000 per annum).',
    ]) {
      const text = `${now}\n${later}`;
      expect(payNowOverLaterPay(chosen(text), text), later).toMatchObject({ min: 14.5, period: 'HOUR' });
    }
  });

  it('keeps the later pay when the text states no other, and a range the job spans', () => {
    const only = 'After conversion the role moves onto our salary band of $98,000 – $112,000 a year.';
    expect(payNowOverLaterPay(chosen(only), only)).toMatchObject({ min: 98_000 });
    const rising =
      'Salary: £24,000 – £26,000 per annum, rising after probation. A £500 referral bonus applies.';
    expect(payNowOverLaterPay(chosen(rising), rising)).toMatchObject({ min: 24_000, max: 26_000 });
  });
});
