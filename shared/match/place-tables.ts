import {
  AREAS,
  AU_STATES,
  CA_PROVINCES,
  CITY_LIST,
  countryNames,
  GB_REGIONS,
  isAreaCode,
  type Region,
  US_STATES,
} from '../geo/index.ts';

/**
 * The name tables geo.ts and remote-scope.ts read places with, built once from shared/geo: every
 * name cleaned the same way, so a lookup never misses on case, accents or a postcode.
 */

/** A place as matching compares it; unknown parts stay unknown (scored as neutral), never guessed. */
export interface Place {
  country?: string;
  region?: string;
  city?: string;
}

export const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b\d{4,6}(-\d{4})?\b/g, '')
    .replace(/[^a-z\u00c0-\u024f. ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');

/** Names of countries and of wider areas ("EMEA", whose code EU is never a place's country). */
export const countryByName = new Map<string, string>([
  ...countryNames().map(([name, code]): [string, string] => [clean(name), code]),
  ...Object.entries(AREAS).flatMap(([code, names]) => names.map((n): [string, string] => [n, code])),
]);
const regionTable = (regions: readonly Region[]) =>
  new Map(
    regions.flatMap((r) =>
      [r.code, r.name, ...(r.aliases ?? [])].map((n): [string, string] => [clean(n), r.code]),
    ),
  );
export const usState = regionTable(US_STATES);
export const caProvince = regionTable(CA_PROVINCES);
export const auState = regionTable(AU_STATES);
/** By name only: a Chapman code ("GTM") is never printed in a posting. */
export const gbRegion = new Map(
  GB_REGIONS.flatMap((r) => [r.name, ...(r.aliases ?? [])].map((n) => [clean(n), r.code])),
);
export const cityPlace = new Map<string, Place>(
  CITY_LIST.map((c) => [clean(c.name), { country: c.country, region: c.region, city: clean(c.name) }]),
);

/** Names of wider areas ("EMEA", "Latin America"), longest first. */
export const areaNames = [...countryByName]
  .filter(([, code]) => isAreaCode(code))
  .map(([name]) => name)
  .sort((a, b) => b.length - a.length);
