import { countryOfCity } from './cities.ts';
import {
  AU_STATE_BY_NAME,
  AU_STATES,
  CA_PROVINCE_BY_NAME,
  CA_PROVINCES,
  US_STATE_BY_NAME,
  US_STATES,
} from './places.ts';

/**
 * A state or province, of the country the place names where it names one ("WA" is Washington, or
 * Western Australia in "Perth, WA, AU"); else of the first country whose code it is.
 */
export function regionOf(s: string, country?: string): { region: string; country: string } | undefined {
  const t = s.trim();
  const up = t.toUpperCase();
  const low = t.toLowerCase();
  // Two-letter codes must be written upper-case ("CA"), so "ca" or "in" inside prose never match.
  const found = [
    t === up && US_STATES[up] ? { region: up, country: 'US' } : undefined,
    US_STATE_BY_NAME[low] ? { region: US_STATE_BY_NAME[low]!, country: 'US' } : undefined,
    t === up && CA_PROVINCES[up] ? { region: up, country: 'CA' } : undefined,
    CA_PROVINCE_BY_NAME[low] ? { region: CA_PROVINCE_BY_NAME[low]!, country: 'CA' } : undefined,
    t === up && AU_STATES[up] ? { region: up, country: 'AU' } : undefined,
    AU_STATE_BY_NAME[low] ? { region: AU_STATE_BY_NAME[low]!, country: 'AU' } : undefined,
  ].filter((r) => r !== undefined);
  return found.find((r) => r.country === country) ?? (country ? undefined : found[0]);
}

/**
 * The region a code names after a city: of the country the place names, else of the country a
 * well-known city is in where it has such a region ("Perth WA" is Western Australia, "Seattle, WA"
 * Washington), else the first reading ("Hamburg, NY" is New York).
 */
export function regionNear(code: string, named: string | undefined, city: string) {
  if (named) return regionOf(code, named);
  const home = countryOfCity(city);
  return (home ? regionOf(code, home) : undefined) ?? regionOf(code);
}
