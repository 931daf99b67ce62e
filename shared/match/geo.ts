/**
 * Just enough geography to compare a posting's place with a person's, read with shared/geo's
 * countries, regions and cities (tables in place-tables.ts; a remote posting's scope in
 * remote-scope.ts). Unknown places stay unknown (and are scored as neutral), never guessed.
 */
import { isAreaCode, type Metro, metroOf } from '../geo/index.ts';
import {
  areaNames,
  auState,
  caProvince,
  cityPlace,
  clean,
  countryByName,
  gbRegion,
  type Place,
  usState,
} from './place-tables.ts';

export type { Place } from './place-tables.ts';
export { namesWideRemoteScope, remoteRegionsOf, remoteRegionsOfProse } from './remote-scope.ts';

/**
 * "Dublin 6W" -> "Dublin", "Manchester M19" -> "Manchester", "Leeds LS6 2AB" -> "Leeds": a postal
 * district (Dublin's number, a UK postcode or its outward half) after a city name.
 */
export const withoutDistrict = (s: string) =>
  s.replace(/\s+(?:\d{1,2}[a-z]?|[a-z]{1,2}\d[a-z\d]?(?:\s+\d[a-z]{2})?)$/i, '');

/** The city as the geo table knows it ("dublin" for "Dublin 2"), or undefined for one it does not. */
export const knownCity = (city: string) => cityPlace.get(clean(withoutDistrict(city)))?.city;

/**
 * The region a known city lies in ("Stockport" → Greater Manchester), when it lies in `country`:
 * a place written as a town alone still tells a commute from a move.
 */
export function regionOfCity(city: string, country?: string): string | undefined {
  const known = cityPlace.get(clean(withoutDistrict(city)));
  return known && (!country || known.country === country.toUpperCase()) ? known.region : undefined;
}

const metroOfPlace = (p: Place): Metro | undefined =>
  p.city && p.country ? metroOf(clean(withoutDistrict(p.city)), p.country, p.region) : undefined;

/**
 * Whether two places lie in one metro ('same': Scottsdale and Phoenix, a commute) or in two ('other':
 * Tucson and Phoenix, a move however close the region). Null when the table does not list either.
 */
export function metroRelation(a: Place, b: Place): 'same' | 'other' | null {
  const [ma, mb] = [metroOfPlace(a), metroOfPlace(b)];
  return ma && mb ? (ma === mb ? 'same' : 'other') : null;
}

/**
 * A captured location's own fields win, but a city the table does not know (a neighbourhood such as
 * "Sandyford" in "Sandyford, Dublin 18", or "Dublin 6W Terenure") gives way to a known city its raw
 * text names, so a posting in a district of the person's city reads as their city.
 */
export function placeOfLocation(l: { raw: string; country?: string; region?: string; city?: string }): Place {
  if (!l.country) return parsePlace(l.raw);
  const city = l.city?.toLowerCase();
  const read = city && !knownCity(city) ? parsePlace(l.raw) : {};
  const country = l.country.toUpperCase();
  const place = read.city && knownCity(read.city) ? read.city : city;
  return {
    country,
    region: l.region ?? read.region ?? (place ? regionOfCity(place, country) : undefined),
    city: place,
  };
}

/**
 * Read a place from text like "Austin, TX", "London, United Kingdom (Hybrid)", "Remote - United
 * States", "Toronto, ON, Canada". Two-letter state codes count only after a comma ("Chicago, IL").
 */
export function parsePlace(input: string): Place {
  const place: Place = {};
  // Workday-style "US-VA-Arlington" and "Melbourne VIC" read as "Arlington, VA, US" / "Melbourne, VIC".
  const raw = input
    .replace(/\b([A-Z]{2})-([A-Z]{2,3})-([A-Za-z][A-Za-z .]+)/g, '$3, $2, $1')
    .replace(/\b([A-Za-z][a-z]+(?: [A-Z][a-z]+)?) (NSW|VIC|QLD|TAS|ACT|[A-Z]{2})\b(?!,)/g, '$1, $2');
  const parts = raw.split(/[,()|·•/]| - | – /).map((p) => p.trim());
  let guessed = false;
  // A first part named like a country ("Holland", "Lebanon", "Peru") before a US state is the state's town.
  let countryFirst = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const key = clean(part);
    if (!key) continue;
    const afterComma = i > 0;
    const country = countryByName.get(key);
    // Country names match whole parts only; "CA" is not in the table, so it reads as California.
    if (country) {
      if (!isAreaCode(country)) place.country = country;
      countryFirst = i === 0 && parts.length > 1 && country !== 'US';
      // "Scotland" is a country's name and a region of it.
      if (country === 'GB') place.region ??= gbRegion.get(key);
      continue;
    }
    // "Dublin 8", "Dublin 6W": a postal district after a known city.
    const city = cityPlace.get(key) ?? cityPlace.get(clean(withoutDistrict(part)));
    // A known city beats a first part only guessed to be a smaller one ("Rialto, Dublin 8").
    const alsoRegion = usState.has(key) || auState.has(key) || caProvince.has(key);
    if (city && (!place.city || (guessed && !alsoRegion))) {
      guessed = false;
      place.city = city.city;
      place.region ??= city.region;
      place.country ??= city.country;
      continue;
    }
    const state = usState.get(key);
    const upper = /^[A-Z]{2,3}$/.test(part.replace(/\s*\d[\d-]*$/, ''));
    if (state && (key.length > 2 || (afterComma && upper))) {
      place.region = state;
      if (countryFirst && !place.city) place.city = clean(parts[0]!);
      if (!place.country || place.country === 'US' || countryFirst) place.country = 'US';
      continue;
    }
    const au = auState.get(key);
    if (
      au &&
      (key.length > 3 || (afterComma && upper)) &&
      (place.country === 'AU' || !usState.has(key) || key.length > 2)
    ) {
      place.region = au;
      place.country = 'AU';
      continue;
    }
    const province = caProvince.get(key);
    if (province && (key.length > 2 || (afterComma && upper))) {
      place.region = province;
      place.country = 'CA';
      continue;
    }
    const gb = gbRegion.get(key);
    if (gb && (!place.country || place.country === 'GB')) {
      place.region = gb;
      place.country = 'GB';
      continue;
    }
    // A first part we do not know is probably a smaller city: keep its name for same-city checks.
    if (i === 0 && !place.city && /^[a-z .'-]{3,30}$/.test(key) && !/remote|hybrid|on.?site/.test(key)) {
      place.city = key;
      guessed = true;
    }
  }
  return place;
}

/**
 * A time zone is not a place to live: "overlap with US Eastern", "US Central hours", "UK business
 * hours" say when to work, and a remote role open to Brazil may ask for them.
 */
const TIME_ZONE =
  /\b(?:US|U\.S\.?|UK)\s+(?:(?:eastern|central|pacific|mountain|east(?:\s+coast)?|west(?:\s+coast)?)\b(?:\s+(?:standard\s+)?(?:time(?:\s*zones?)?|hours))?|(?:business\s+|working\s+)?(?:hours|time\s*zones?|time)\b)/gi;
/**
 * Countries named anywhere in a sentence ("remote within the US or Canada"). Wider areas ("Latin
 * America") and time zones ("US Eastern time") name none.
 */
export function countriesIn(text: string): string[] {
  const out = new Set<string>();
  const plain = text.replace(TIME_ZONE, ' ');
  let lower = ` ${plain.toLowerCase().replace(/[^a-z\s]+/g, ' ')} `;
  for (const area of areaNames) lower = lower.replaceAll(` ${area} `, ' ');
  for (const [name, code] of countryByName) {
    if (isAreaCode(code) || name.length < 3) continue;
    if (lower.includes(` ${name} `)) out.add(code);
  }
  if (/\b(US|USA|U\.S\.?)\b/.test(plain)) out.add('US');
  if (/\bUK\b/.test(plain)) out.add('GB');
  return [...out];
}
