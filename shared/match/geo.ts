/**
 * Just enough geography to compare a posting's place with a person's, read with shared/geo's
 * countries, regions and cities (tables in place-tables.ts; a remote posting's scope in
 * remote-scope.ts). A place's text is read by capture's location reader, the one place parser of
 * both sides. Unknown places stay unknown (and are scored as neutral), never guessed.
 */

import { parseLocations } from '../capture/normalize/location.ts';
import type { Location } from '../capture/types.ts';
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

/** Where a location's text divides into parts: commas, brackets, bars, slashes and spaced dashes. */
const PART = /[,()|·•/;]| - | – /;
const regionTables: Record<string, Map<string, string>> = { CA: caProvince, AU: auState, GB: gbRegion };
const isRegionName = (p: string) => usState.has(p) || caProvince.has(p) || auState.has(p) || gbRegion.has(p);
/** A known city a part names, past a state code or postal district after it ("Sydney NSW", "Leeds LS17"). */
const cityOfPart = (part: string) =>
  cityPlace.get(clean(part)) ?? cityPlace.get(clean(withoutDistrict(part.replace(/\s+[A-Z]{2,3}$/, ''))));

/**
 * A place as matching compares it, from a location as capture's reader parsed it (one reader for
 * both): names cleaned, a suburb before a known city ("Penrith, Sydney NSW") read as the city, and
 * the region taken from the city when the text names none.
 */
function comparablePlace(l: Location): Place {
  const country = l.country;
  const parts = l.raw
    .split(PART)
    .map((p) => p.trim())
    .filter(Boolean);
  const table = regionTables[country ?? ''] ?? usState;
  const region = l.region ? (table.get(clean(l.region)) ?? clean(l.region)) : undefined;
  // "Moortown, Greater Manchester": a region of Great Britain named in full is its own part.
  const gb =
    !country || country === 'GB' ? parts.map((p) => gbRegion.get(clean(p))).find(Boolean) : undefined;
  const written = l.city ? clean(withoutDistrict(l.city)) : undefined;
  // A city the table does not know counts only where the place opens with it: "Remote, anywhere
  // between UTC-3 and UTC+3" names no town.
  const opening = clean(l.raw.split(/[,(|;/]/)[0] ?? '');
  let city = written && (knownCity(written) || opening.includes(written)) ? written : undefined;
  if (!city || !knownCity(city)) {
    // "Spokane, Washington": a state is no city, though a city is named like it.
    const known = parts
      .filter((p) => !isRegionName(clean(p)))
      .map(cityOfPart)
      .find((k) => k && (!country || k.country === country));
    if (known) city = known.city;
  }
  const known = city ? cityPlace.get(city) : undefined;
  const c = country ?? (gb ? 'GB' : known?.country);
  const r = region ?? gb ?? (known && known.country === c ? known.region : undefined);
  return { ...(c ? { country: c } : {}), ...(r ? { region: r } : {}), ...(city ? { city } : {}) };
}

/** Every place a location text names ("Manchester, UK or Toronto, Canada (Hybrid)"), in its order. */
export const parsePlaces = (input: string): Place[] =>
  parseLocations(input)
    .map(comparablePlace)
    .filter((p) => p.country || p.region || p.city);

/**
 * The first place a text names ("Austin, TX", "London, United Kingdom (Hybrid)", "Remote - United
 * States", "Toronto, ON, Canada"), read by capture's location reader: the first that names a country
 * or region, else one that names only a town.
 */
export function parsePlace(input: string): Place {
  const places = parsePlaces(input);
  return places.find((p) => p.country || p.region) ?? places[0] ?? {};
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
