import { describe, expect, it } from 'vitest';
import { localDollar, localKrone, withHomeCurrency } from './currency.ts';
import { parseLocation } from './location.ts';
import { parseSalary } from './salary.ts';

describe('a bare currency sign read by where the job is', () => {
  it('reads "kr" as the Norwegian or Danish krone there, and keeps Swedish kronor elsewhere', () => {
    const kr = {
      min: 52_000,
      max: 58_000,
      currency: 'SEK',
      period: 'MONTH' as const,
      text: '52 000 - 58 000 kr',
    };
    expect(localKrone(kr, 'NO', 'jobs.example.com').currency).toBe('NOK');
    expect(localKrone(kr, undefined, 'karriere.example.dk').currency).toBe('DKK');
    expect(localKrone(kr, 'SE', 'jobs.example.com').currency).toBe('SEK');
    expect(localKrone({ ...kr, text: 'SEK 52 000' }, 'NO', 'x.no').currency).toBe('SEK');
  });

  it('reads "$" as the local dollar outside the US', () => {
    const s = { min: 90_000, max: 90_000, currency: 'USD', period: 'YEAR' as const, text: '$90,000' };
    expect(localDollar(s, 'CA', 'jobs.example.com').currency).toBe('CAD');
  });

  it("reads a global board's country subdomain as the job's country", () => {
    const s = { min: 31, max: 35, currency: 'USD', period: 'HOUR' as const, text: '$31 – $35' };
    expect(localDollar(s, undefined, 'au.jobboard.example').currency).toBe('AUD');
    expect(localDollar(s, undefined, 'nz.jobboard.example').currency).toBe('NZD');
    expect(localDollar(s, undefined, 'www.jobboard.example').currency).toBe('USD');
  });
});

describe('a figure printed without a currency', () => {
  const bare = { min: 55_000, max: 61_000, currency: null, period: 'YEAR' as const, text: '55K-61K' };

  it("takes the job's country's currency", () => {
    expect(withHomeCurrency(bare, 'US').currency).toBe('USD');
    expect(withHomeCurrency(bare, 'DE').currency).toBe('EUR');
  });

  it('keeps a currency the page printed, and stays without one where the country is unknown', () => {
    expect(withHomeCurrency({ ...bare, currency: 'GBP' }, 'US').currency).toBe('GBP');
    expect(withHomeCurrency(bare, undefined).currency).toBeNull();
  });
});

describe('a bare dollar on a job placed as suburb, metro area and state', () => {
  it('reads the state after the metro area ("Chatswood, Sydney NSW") and so the local dollar', () => {
    const place = parseLocation('Chatswood, Sydney NSW');
    expect(place).toMatchObject({ city: 'Chatswood', region: 'NSW', country: 'AU' });
    const pay = { min: 90_000, max: 90_000, currency: 'USD', period: 'YEAR' as const, text: '$90,000' };
    expect(localDollar(pay, place.country, 'localhost').currency).toBe('AUD');
  });
});

describe('a currency written as a word after the amount', () => {
  it('reads "yen" after a figure as JPY, as Japanese pages in English write it', () => {
    expect(parseSalary('Annual income 7.2 million – 9.6 million yen', { minScore: 1 })).toMatchObject({
      min: 7_200_000,
      max: 9_600_000,
      currency: 'JPY',
      period: 'YEAR',
    });
    expect(parseSalary('Monthly salary 250,000 yen', { minScore: 1 })?.currency).toBe('JPY');
  });
});
