import { describe, expect, it } from 'vitest';
import { parseNumber } from './money-amount.ts';
import { parseSalary } from './salary.ts';

describe('parseNumber', () => {
  it.each([
    ['60.000', 60_000],
    ['60,000', 60_000],
    ['1,234,567', 1_234_567],
    ['1.234.567,89', 1_234_567.89],
    ['60.000,5', 60_000.5],
    ['45,5', 45.5],
    ['18.50', 18.5],
    ['1 234', 1_234],
    ["1'234'000", 1_234_000],
    ['12,00,000', 1_200_000],
  ] as const)('%s → %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });
});

describe('thousands of euros or francs shortened with a capital T', () => {
  it('reads "T€", "TEUR" and "TCHF" after the figures as thousands', () => {
    expect(parseSalary('Salary band: 72 – 84 T€ gross p.a., by experience', { minScore: 2 })).toMatchObject({
      min: 72_000,
      max: 84_000,
      currency: 'EUR',
      period: 'YEAR',
    });
    expect(parseSalary('Gehalt: 65 TEUR brutto im Jahr', { minScore: 2 })).toMatchObject({
      min: 65_000,
      currency: 'EUR',
    });
    expect(parseSalary('Vergütung 90-110 TCHF p.a.', { minScore: 2 })).toMatchObject({
      min: 90_000,
      max: 110_000,
      currency: 'CHF',
    });
  });
  it('does not read a T before other letters as thousands', () => {
    expect(parseSalary('Salary: 55 Teams, €48,000 per year', { minScore: 2 })?.min).toBe(48_000);
  });
});

describe('the currencies Jobstreet and JobsDB print', () => {
  it('reads the peso sign, ringgit "RM" and the baht sign, not "RM" inside a word', () => {
    expect(parseSalary('₱28,000 – ₱35,000 per month')).toMatchObject({
      min: 28000,
      max: 35000,
      currency: 'PHP',
    });
    expect(parseSalary('RM 4,500 – RM 5,500 per month')).toMatchObject({
      min: 4500,
      max: 5500,
      currency: 'MYR',
    });
    expect(parseSalary('฿35,000 per month')).toMatchObject({ currency: 'THB', period: 'MONTH' });
    expect(parseSalary('Salary: FORM 4,500 per month')?.currency).not.toBe('MYR');
  });
});
