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

  it('reads the number of salary payments a year as a count, not pay', () => {
    expect(
      parseSalary('Pay per the hospitality collective agreement, level II, in 14 payments.', { minScore: 1 }),
    ).toBeNull();
    expect(parseSalary('Salario según convenio, 14 pagas.', { minScore: 1 })).toBeNull();
    expect(parseSalary('Retribuzione da CCNL su 14 mensilità.', { minScore: 1 })).toBeNull();
  });

  it('still reads a range joined by a hyphen as pay', () => {
    expect(parseSalary('Salary: 2,400-2,900 EUR per month', { minScore: 4 })).toMatchObject({
      min: 2_400,
      max: 2_900,
    });
  });
});

describe('a pay grade printed step by step', () => {
  it('reads the bounds with their step or grade in brackets as one range', () => {
    const grade = parseSalary('Pay Grade 14: $51,584 (Step 1) to $68,120 (Step 9) annually.', {
      minScore: 4,
    });
    expect(grade).toMatchObject({ min: 51_584, max: 68_120, currency: 'USD', period: 'YEAR' });
    expect(parseSalary('Salary: £31,000 (minimum) - £37,000 per annum', { minScore: 4 })).toMatchObject({
      min: 31_000,
      max: 37_000,
    });
  });

  it('reads a public pay table’s entry and top bounds as one range', () => {
    expect(parseSalary('$23.18 (entry) to $31.02 (max.) per hour', { minScore: 2 })).toMatchObject({
      min: 23.18,
      max: 31.02,
      period: 'HOUR',
    });
    expect(parseSalary('£24,100 (low) - £27,900 (high) a year', { minScore: 2 })).toMatchObject({
      min: 24_100,
      max: 27_900,
    });
  });
});

describe('bonuses that are not pay', () => {
  it('reads a refer-a-friend bonus as a referral bonus, not the hourly rate', () => {
    const text =
      "Your hourly rate depends on experience, and we'll confirm it at interview. You'll get holiday pay and a £250 refer-a-friend bonus.";
    expect(parseSalary(text, { minScore: 5 })).toBeNull();
    expect(
      parseSalary('Pay: £24,500 a year. New starters get a £2,000 golden hello.', { minScore: 5 }),
    ).toMatchObject({ min: 24_500, max: 24_500 });
    expect(parseSalary('Holiday pay, and a £300 recommend-a-friend bonus.', { minScore: 5 })).toBeNull();
  });
});

describe("non-pay wording only counts in the amount's own sentence", () => {
  it('keeps a salary whose previous line mentions credit', () => {
    const s = parseSalary('Review credit papers above S$5 million\nSalary: S$9,000 – S$12,000 per month.', {
      minScore: 5,
    });
    expect(s).toMatchObject({ min: 9000, max: 12000, currency: 'SGD', period: 'MONTH' });
  });
  it('still drops a sign-on bonus in the same sentence', () => {
    expect(parseSalary('We pay a sign-on bonus of $5,000 to $10,000.', { minScore: 5 })).toBeNull();
  });
});

describe('not-pay words on the next line', () => {
  it('a "401(k)" benefit line does not sink the pay line above it', () => {
    const text = 'Pay: $47,500.00 - $52,000.00 per year\nBenefits:\n• 401(k) with match';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 47_500, max: 52_000, period: 'YEAR' });
  });
});

describe('times of day beside pay words', () => {
  it('does not read a shift window as a pay range', () => {
    const text = [
      'Shift: evenings, clock in between 4:30 and 6:00 p.m.',
      'Pay basis: hourly',
      'You will restock the cold room, count the tills and close the store with the shift lead.',
      'Pay: $22.10 - $26.40',
    ].join('\n');
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 22.1, max: 26.4, currency: 'USD' });
  });
});

describe('days of a month beside pay words', () => {
  it('does not read "December 26-31" as a bare pay range', () => {
    const text = 'Availability for the full season, including December 26-31\nPay: $18.50 per hour.';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 18.5, max: 18.5, currency: 'USD' });
  });

  it('does not read days before their month ("24 and 31 December") as pay', () => {
    const text = 'Good English (we pay for the course)\nWhy us?\n30 days of holiday, plus 24 and 31 December';
    expect(parseSalary(text)).toBeNull();
  });
});

describe('a past payout reported as an average', () => {
  it('is not the pay offered', () => {
    const text =
      'Salary is commensurate with experience.\nPerformance pay (it averaged $2,400 per teacher last year).';
    expect(parseSalary(text)).toBeNull();
  });
});

describe('figures that are not pay, or not a lower bound', () => {
  it("reads a standard's number as no pay, even beside a pay word", () => {
    expect(
      parseSalary('• Design our next range of display cases\n• Run tests to AS 1731 / ISO 23953 conditions'),
    ).toBeNull();
    expect(parseSalary('Salary: the rate for this range follows EN 1090 work')).toBeNull();
  });

  it('reads "+ super" or "+ VAT" after a figure as something on top, not "or more"', () => {
    expect(parseSalary('Salary: AUD 95k + super')).toMatchObject({ min: 95_000, max: 95_000 });
    expect(parseSalary('Rate: £500 + VAT per day')).toMatchObject({ min: 500, max: 500, period: 'DAY' });
    expect(parseSalary('Salary: AUD 95k+')).toMatchObject({ min: 95_000, max: null });
  });
});

describe('telephone numbers beside pay words', () => {
  it('does not read a phone number as a bare pay range', () => {
    const tutoring =
      'Tutoring is paid at the hourly tutoring rate.\nQuestions: Human Resources, (719) 555-0142';
    expect(parseSalary(tutoring)).toBeNull();
    expect(parseSalary('The pay rate is set by the board. Call 555-2010 for details.')).toBeNull();
    expect(parseSalary('Hourly rate on request: +44 0117 496 0000')).toBeNull();
    expect(parseSalary('Salary questions: payroll desk, ext. 0412-0655 (per hour staff)')).toBeNull();
  });

  it('still reads a bare range under a pay word', () => {
    expect(parseSalary('Hourly rate: 18-22 per hour')).toMatchObject({ min: 18, max: 22, period: 'HOUR' });
    expect(parseSalary('Salary: 42,000-48,000 per year')).toMatchObject({ min: 42_000, max: 48_000 });
  });
});

describe('a gross monthly figure and a subsidy beside it', () => {
  it('reads the figure "gross a month" as the pay, not a canteen or travel subsidy', () => {
    const grade =
      'This post is graded TV-L E 11, which comes to €4,105 gross a month. You also get a €40 monthly meal subsidy and a job ticket.';
    expect(parseSalary(grade)).toMatchObject({ min: 4_105, max: 4_105, currency: 'EUR', period: 'MONTH' });
    // "gross a month" is pay wording on its own, as a pay label would be
    expect(parseSalary('Grade E 9 comes to €4,283 gross a month.', { minScore: 5 })).toMatchObject({
      min: 4_283,
    });
    const brutto =
      'Das Gehalt richtet sich nach Tarif. Einstieg: €3.350 brutto im Monat, plus €60 Fahrtkostenzuschuss.';
    expect(parseSalary(brutto)).toMatchObject({ min: 3_350, currency: 'EUR' });
  });

  it('does not read a subsidy alone as the pay', () => {
    expect(
      parseSalary('We pay a €50 monthly canteen subsidy and half your travel pass.', { minScore: 4 }),
    ).toBeNull();
  });
});

describe("a contractor's invoiced rate", () => {
  it('reads the rate a contractor invoices or bills at as the pay', () => {
    const text = "You'll invoice us every two weeks at $45/hr for the hours you log.";
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({
      min: 45,
      max: 45,
      currency: 'USD',
      period: 'HOUR',
    });
    expect(parseSalary('Hours are billed monthly at £60 per hour.', { minScore: 5 })).toMatchObject({
      min: 60,
    });
  });

  it('does not read an invoice total or a bill as pay', () => {
    expect(parseSalary('We invoice clients $2,400 on average per project.', { minScore: 5 })).toBeNull();
  });
});

describe('a minimum salary stated as the floor', () => {
  it('reads "a minimum gross salary of" as the lower bound only', () => {
    expect(
      parseSalary(
        'The collective agreement sets a minimum gross salary of EUR 2,900 per month; we pay more.',
        {
          minScore: 2,
        },
      ),
    ).toMatchObject({ min: 2_900, max: null, period: 'MONTH' });
    expect(parseSalary('Minimum salary is £31,000 a year.', { minScore: 2 })).toMatchObject({
      min: 31_000,
      max: null,
    });
    expect(parseSalary('Salary: £31,000 a year.', { minScore: 2 })).toMatchObject({
      min: 31_000,
      max: 31_000,
    });
  });

  it('reads the minimum named for the post and its agreement before the figure as the floor', () => {
    const kv =
      'The minimum gross monthly salary for this position under the retail collective agreement is EUR 2,480.00 for 38.5 hours, paid 14 times a year.';
    expect(parseSalary(kv, { minScore: 4 })).toMatchObject({ min: 2_480, max: null, period: 'MONTH' });
    // Another figure between the minimum and the amount: the amount is not the minimum.
    const two = 'The minimum wage is set by law at 12 per hour; we pay EUR 2,900 a month.';
    expect(parseSalary(two, { minScore: 4 })).toMatchObject({ min: 2_900, max: 2_900 });
  });
});

describe('compensation shortened to "comp"', () => {
  it('reads "cash comp", "base comp" and "total comp" before a figure as pay', () => {
    const cash = 'Cash comp for this level lands between $128,000 and $152,000, depending on levelling.';
    expect(parseSalary(cash, { minScore: 5 })).toMatchObject({ min: 128000, max: 152000, period: 'YEAR' });
    const base = 'Base comp sits at $96,000 to $110,000 for this band.';
    expect(parseSalary(base, { minScore: 5 })).toMatchObject({ min: 96000, max: 110000 });
  });

  it('does not read comp time (days off in lieu) as pay', () => {
    expect(
      parseSalary('You earn comp time for the 2 weekends a month you cover.', { minScore: 5 }),
    ).toBeNull();
    expect(parseSalary('Lunch comp for the team on Fridays: $15 per person.', { minScore: 5 })).toBeNull();
  });
});

describe("a job bank's facts that are not pay (capture118)", () => {
  it('reads neither an occupation code nor the hours a week as pay', () => {
    expect(parseSalary('Occupation\n31-9091.00 Dental Assistants\nPay: DOE')).toBeNull();
    expect(parseSalary('Salary\nDOE\nHours per Week\n36\nNumber of Openings\n1')).toBeNull();
    expect(parseSalary('Salary\n$18.50 per hour\nHours per Week\n36')).toMatchObject({
      min: 18.5,
      period: 'HOUR',
    });
  });
});
