import { describe, expect, it } from 'vitest';
import type { Offer } from '../domain/index.ts';
import { compareOffers, normalizeOffer, readAmount, yearlyBonus, yearlyEquity } from './compare.ts';

const at = '2026-12-04T10:00:00.000Z';
function offer(over: Partial<Offer>): Offer {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    jobId: '01900000-0000-7000-8000-0000000000a1',
    status: 'pending',
    baseSalary: 100_000,
    currency: 'USD',
    period: 'YEAR',
    startDate: null,
    respondBy: null,
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

describe('reading the amounts a person wrote', () => {
  it('reads plain, grouped, k and M amounts', () => {
    expect(readAmount('15000')).toBe(15_000);
    expect(readAmount('$15,000 signing')).toBe(15_000);
    expect(readAmount('€15k')).toBe(15_000);
    expect(readAmount('1.2M options')).toBe(1_200_000);
    expect(readAmount('a nice bonus')).toBeNull();
  });

  it('reads a bonus as a share of the yearly base or as an amount', () => {
    expect(yearlyBonus('10% target', 120_000)).toBe(12_000);
    expect(yearlyBonus('10%', null)).toBeNull();
    expect(yearlyBonus('$20k', 120_000)).toBe(20_000);
    expect(yearlyBonus('', 120_000)).toBeNull();
  });

  it('spreads an equity grant over its vesting years', () => {
    expect(yearlyEquity('$80,000 over 4 years')).toBe(20_000);
    expect(yearlyEquity('120k / 3 yrs')).toBe(40_000);
    expect(yearlyEquity('10000 RSUs')).toBe(10_000);
    expect(yearlyEquity('0.1%')).toBeNull();
  });
});

describe('offers on one yearly scale', () => {
  it('turns a monthly and an hourly base into yearly amounts', () => {
    expect(normalizeOffer(offer({ baseSalary: 8_000, period: 'MONTH' })).base.yearly).toBe(96_000);
    expect(normalizeOffer(offer({ baseSalary: 50, period: 'HOUR' })).base.yearly).toBe(104_000);
  });

  it('adds bonus and equity to the base for the yearly total, keeping the words', () => {
    const n = normalizeOffer(offer({ baseSalary: 150_000, bonus: '10%', equity: '$100k over 4 years' }));
    expect(n.total).toBe(150_000 + 15_000 + 25_000);
    expect(n.equity.text).toBe('$100k over 4 years');
  });

  it('ranks the higher yearly total first even when its base is lower', () => {
    const a = offer({ id: '01900000-0000-7000-8000-00000000000a', baseSalary: 140_000 });
    const b = offer({
      id: '01900000-0000-7000-8000-00000000000b',
      baseSalary: 11_000,
      period: 'MONTH',
      bonus: '15%',
    });
    const result = compareOffers([a, b]);
    expect(result.offers.map((o) => o.offerId)).toEqual([b.id, a.id]);
    expect(result.bestId).toBe(b.id);
    expect(result.mixedCurrencies).toBe(false);
  });

  it('compares offers in two currencies by their US dollar value and leaves declined ones out', () => {
    const usd = offer({ id: '01900000-0000-7000-8000-00000000000a', baseSalary: 100_000 });
    const gbp = offer({ id: '01900000-0000-7000-8000-00000000000b', baseSalary: 90_000, currency: 'GBP' });
    const declined = offer({
      id: '01900000-0000-7000-8000-00000000000c',
      baseSalary: 900_000,
      status: 'declined',
    });
    const result = compareOffers([usd, gbp, declined]);
    expect(result.mixedCurrencies).toBe(true);
    expect(result.offers.map((o) => o.offerId)).toEqual([gbp.id, usd.id]);
  });
});
