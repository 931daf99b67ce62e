import { describe, expect, it } from 'vitest';
import { countryCode, listShare } from '../autofill/classify/geo.ts';
import { parseLocation } from '../capture/normalize/location.ts';
import { parsePlace } from '../match/geo.ts';
import {
  AU_STATES,
  CA_PROVINCES,
  CITY_LIST,
  COUNTRIES,
  citizensWorkArea,
  countryNames,
  METROS,
  metroOf,
  US_STATES,
} from './index.ts';

describe('shared/geo data', () => {
  it('gives every country name one country', () => {
    const seen = new Map<string, string>();
    for (const [name, code] of countryNames()) {
      expect(seen.get(name) ?? code, name).toBe(code);
      seen.set(name, code);
    }
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
  });

  it('gives every city name one place', () => {
    const names = CITY_LIST.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('lists 50 states and DC, 10 provinces, 8 Australian states and territories', () => {
    expect([US_STATES.length, CA_PROVINCES.length, AU_STATES.length]).toEqual([51, 10, 8]);
  });
});

describe('one geography, three readers', () => {
  it('reads a country in its own language the same way everywhere', () => {
    expect(parseLocation('München, Deutschland').country).toBe('DE');
    expect(parsePlace('München, Deutschland').country).toBe('DE');
    expect(countryCode('Deutschland')).toBe('DE');
  });

  it('reads "U.S." as the United States in capture, match and autofill', () => {
    expect(parseLocation('Austin, TX, U.S.').country).toBe('US');
    expect(parsePlace('Austin, TX, U.S.').country).toBe('US');
    expect(countryCode('U.S.')).toBe('US');
  });

  it('reads Washington as a state after a city and as a US city alone', () => {
    expect(parsePlace('Spokane, Washington')).toEqual({ city: 'spokane', region: 'WA', country: 'US' });
    expect(parseLocation('Spokane, Washington')).toMatchObject({
      city: 'Spokane',
      region: 'WA',
      country: 'US',
    });
    expect(parsePlace('Washington').country).toBe('US');
  });

  it('keeps Cambridge in the country the posting names', () => {
    expect(parsePlace('Cambridge, UK').country).toBe('GB');
    expect(parsePlace('Cambridge, MA')).toEqual({ city: 'cambridge', region: 'MA', country: 'US' });
    expect(parseLocation('Cambridge, United Kingdom').country).toBe('GB');
  });

  it('reads "Victoria" as a Canadian city in a location, but not as a place on its own chip', () => {
    expect(parsePlace('Victoria, BC').country).toBe('CA');
    expect(parsePlace('Melbourne, Victoria')).toMatchObject({ region: 'VIC', country: 'AU' });
    expect(parseLocation('Victoria').country).toBeUndefined();
  });

  it('tells a country list from a state list with the same names', () => {
    const states = US_STATES.slice(0, 12).map((s) => s.name);
    const countries = COUNTRIES.slice(0, 12).map((c) => c.en[0]!.replace(/\b\w/g, (l) => l.toUpperCase()));
    expect(listShare(states, 'state')).toBe(1);
    expect(listShare(countries, 'country')).toBe(1);
    expect(listShare(countries, 'state')).toBe(0);
  });
});

describe('metro areas', () => {
  it('finds the metro of a suburb by its region, and none for a place written ambiguously', () => {
    expect(metroOf('aurora', 'US', 'CO')?.name).toBe('denver');
    expect(metroOf('aurora', 'US', 'IL')?.name).toBe('chicago');
    expect(metroOf('aurora', 'US')).toBeUndefined();
    expect(metroOf('oro valley', 'US')?.name).toBe('tucson');
    expect(metroOf('smallville', 'US', 'KS')).toBeUndefined();
  });

  it('lists each place once per region', () => {
    const seen = new Set<string>();
    for (const m of METROS)
      for (const place of m.places) {
        const key = `${m.country}/${m.region ?? ''}/${place}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
  });
});

describe('where a citizen may work without a permit', () => {
  it("a European's citizen across the EEA and Switzerland, the UK and Ireland each other's, Australia and New Zealand each other's", () => {
    expect(citizensWorkArea('PT')).toEqual(expect.arrayContaining(['DE', 'CH', 'NO', 'PT']));
    expect(citizensWorkArea('PT')).not.toContain('GB');
    expect(citizensWorkArea('IE')).toEqual(expect.arrayContaining(['GB', 'FR', 'CH']));
    expect(citizensWorkArea('GB')).toEqual(['GB', 'IE']);
    expect(citizensWorkArea('NZ')).toEqual(['NZ', 'AU']);
    expect(citizensWorkArea('US')).toEqual(['US']);
  });
});
