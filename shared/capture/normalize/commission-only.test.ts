import { describe, expect, it } from 'vitest';
import { paysCommissionOnly } from './commission-only.ts';
import { findMoney } from './salary.ts';

describe('a posting paid on commission alone', () => {
  it('is recognised in the wordings postings use', () => {
    expect(paysCommissionOnly('Pay: this is a commission-only role with uncapped earnings.')).toBe(true);
    expect(paysCommissionOnly('We pay straight commission, weekly, on every closed deal.')).toBe(true);
    expect(paysCommissionOnly('There is no base salary; you earn commission on each sale.')).toBe(true);
  });

  it('is not a base salary with commission on top', () => {
    expect(paysCommissionOnly('Base salary $45,000 plus commission on every sale.')).toBe(false);
  });
});

describe('earnings reported in commissions or tips', () => {
  it('are not pay on offer', () => {
    const found = findMoney('Last year our new reps made an average of $52,000 in commissions.');
    expect(found.every((m) => m.score < 5)).toBe(true);
    const tips = findMoney('Servers took home about $300 in tips on a Saturday.');
    expect(tips.every((m) => m.score < 5)).toBe(true);
  });
});
