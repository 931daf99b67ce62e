import { describe, expect, it } from 'vitest';
import { paySpanOverRows, paySpanOverSteps } from './pay-rows.ts';

const picked = { min: 17.25, max: 17.25, currency: 'USD', period: 'HOUR' as const, text: '$17.25' };

describe('pay that varies by row of a rate table', () => {
  it('spans the run of one-rate rows around the rate picked', () => {
    const posting = [
      'Rates depend on your shift:',
      'Mornings, Mon–Fri 5 a.m. – 1 p.m. $17.25/hr',
      'Nights, Mon–Fri 9 p.m. – 5 a.m. $19.00/hr',
      'Saturdays 7 a.m. – 3 p.m. $18.10/hr',
      'Holiday pay: an extra $1.50/hr on public holidays worked, and a $250 referral bonus for every friend you bring.',
    ].join('\n');
    expect(paySpanOverRows(picked, posting)).toMatchObject({ min: 17.25, max: 19, period: 'HOUR' });
  });

  it('keeps a single rate that stands alone or beside other kinds of figure', () => {
    const alone = 'Pay: $17.25/hr\nA $300 boot allowance each year';
    expect(paySpanOverRows(picked, alone)).toBe(picked);
    const sentence = 'You start at $17.25/hr. After six months you move to $18.40/hr.';
    expect(paySpanOverRows(picked, sentence)).toBe(picked);
  });

  it('keeps the rate when the row beside it is paid on top of it (a premium, a differential)', () => {
    const premium =
      '• $17.25 per hour\n• A night premium of $1.50 per hour on top of the base rate\n• Weekly pay';
    expect(paySpanOverRows(picked, premium)).toBe(picked);
    expect(paySpanOverRows(picked, 'Days: $17.25/hr\nNight differential: $2.00/hr')).toBe(picked);
  });
});

describe('pay that steps up by year of a programme', () => {
  const first = { min: 1_100, max: 1_100, currency: 'EUR', period: 'MONTH' as const, text: '1.100 €' };

  it('spans the rates of each year named in one sentence', () => {
    const text =
      'Ausbildungsvergütung: 1.100 € im Monat im 1. Ausbildungsjahr, 1.180 € im 2. und 1.260 € im 3. Ausbildungsjahr';
    expect(paySpanOverSteps(first, text)).toMatchObject({ min: 1_100, max: 1_260, period: 'MONTH' });
  });

  it('does not read one mention of a year, or another kind of figure, as steps', () => {
    const text = 'Trainees get 1.100 € im Monat, like our first-year staff, and a 900 € laptop.';
    expect(paySpanOverSteps(first, text)).toBe(first);
  });

  it('spans rates by group in one sentence, over an "up to" that keeps only the top', () => {
    const upTo = { min: null, max: 17, currency: 'USD', period: 'HOUR' as const, text: '$17' };
    const text =
      'Camp counselors are paid by experience: $15.00 an hour for first-time counselors, $16.00 for returning counselors and $17.00 for leads. A $300 end-of-season bonus is paid in August.';
    expect(paySpanOverSteps(upTo, text)).toMatchObject({ min: 15, max: 17, period: 'HOUR' });
    expect(paySpanOverSteps(upTo, 'Pay: up to $17.00 an hour for the right person.')).toBe(upTo);
  });
});
