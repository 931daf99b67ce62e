import { CITY_LIST } from '../../geo/index.ts';

/**
 * Capture reads a city printed alone, even in a header chip, so names that are also everyday
 * words ("Victoria", "LA") are left out here: a chip like "LA" may be anything.
 */
export const CITY_COUNTRY: ReadonlyMap<string, string> = new Map(
  CITY_LIST.filter((c) => !c.word).map((c) => [c.name, c.country]),
);

/** Country code of a well-known city written alone ("Hamburg" → DE), else undefined. */
export function countryOfCity(s: string): string | undefined {
  return CITY_COUNTRY.get(s.trim().toLowerCase());
}

const ANY_CITY = new Set(CITY_LIST.map((c) => c.name));

/** Whether a city of the table is named so, everyday words included ("Victoria", the city and the state). */
export const isCityName = (s: string) => ANY_CITY.has(s.trim().toLowerCase());
