import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries.ts';
import { countryOptions, optionByCode, regionOptions, searchPlaces } from './pick.ts';

const countries = countryOptions();
const names = (q: string, options = countries) => searchPlaces(options, q).map((o) => o.name);

describe('place pickers', () => {
  it('lists every country shared/geo knows, once, by its English name', () => {
    expect(countries).toHaveLength(COUNTRIES.length);
    expect(optionByCode(countries, 'de')?.name).toBe('Germany');
    expect(optionByCode(countries, 'US')?.name).toBe('United States');
  });

  it('finds Germany from "Ger", first', () => {
    expect(names('Ger')[0]).toBe('Germany');
  });

  it('finds a country by another of its names or its code', () => {
    expect(names('deutsch')).toContain('Germany');
    expect(names('usa')[0]).toBe('United States');
    expect(names('españa')).toContain('Spain');
    expect(names('espana')).toContain('Spain');
  });

  it('ranks a name that starts with the text above one where a later word does', () => {
    const uk = names('united');
    expect(uk).toContain('United Kingdom');
    expect(names('kingdom')).toEqual(['United Kingdom']);
  });

  it('offers the regions of the countries it knows, and none elsewhere', () => {
    const us = regionOptions('US');
    expect(us.find((r) => r.code === 'CA')?.name).toBe('California');
    expect(names('cal', us)[0]).toBe('California');
    expect(names('ont', regionOptions('ca'))).toEqual(['Ontario']);
    expect(regionOptions('DE')).toEqual([]);
  });

  it('finds nothing for text that names no place', () => {
    expect(names('zzz')).toEqual([]);
  });
});
