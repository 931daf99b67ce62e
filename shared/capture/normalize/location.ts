import { AREAS, CITY_LIST, CODE_ALIASES } from '../../geo/index.ts';
import type { Location, WorkType } from '../types.ts';
import { type Arrangement, arrangementOfLabel } from './arrangement.ts';
import { countryOfCity, isCityName } from './cities.ts';
import { regionNear, regionOf } from './place-regions.ts';
import { COUNTRIES, ISO2, ISO3, placeKey } from './places.ts';

/**
 * Location strings → structured locations. Handles "San Francisco, CA", "Berlin, Germany",
 * "Remote (US)", "Remote - Canada", "US-VA-Arlington" (Greenhouse office codes), "United
 * States-Oklahoma-Lawton" (Taleo), and several
 * locations joined by "; " " | " " / " " or ".
 */

export { workTypeFromLabel, workTypeFromProse } from './arrangement.ts';

function countryCode(s: string): string | undefined {
  const k = placeKey(s);
  if (COUNTRIES[k]) return COUNTRIES[k];
  const up = s.trim().toUpperCase();
  if (up.length === 2 && ISO2.has(up) && s.trim() === up) return CODE_ALIASES[up] ?? up;
  if (up.length === 3 && ISO3[up]) return ISO3[up];
  return undefined;
}

/**
 * The country a place names at its end by its full name or 3-letter code ("Perth, WA, Australia"),
 * or by a two-letter code after a region's code ("Mt Kessel, WA, AU", "Cham, BY, DE", "Kelowna, BC,
 * CA"). A two-letter code after a city is its state ("San Francisco, CA", "SoMa, San Francisco, CA"),
 * unless no state has that code ("Perth, AU").
 */
function namedCountry(parts: readonly string[]): string | undefined {
  const last = parts[parts.length - 1]?.trim();
  if (parts.length < 2 || !last) return undefined;
  if (last.length > 2) return countryCode(last);
  const afterCode = /^[A-Z]{2,3}$/.test(parts[parts.length - 2]!.trim());
  return afterCode || !regionOf(last) ? countryCode(last) : undefined;
}

const REMOTE_NOISE =
  /\b(?:remote|hybrid|on-?site|in-office|anywhere|work from home|wfh|only|first|friendly)\b/gi;

/**
 * "Bristol (Stokes Croft workshop)", "Leeds (Head office)": a note naming the employer's site in the
 * city, not a place of its own.
 */
const SITE_NOTE =
  /\([^()]*\b(?:workshop|office|HQ|headquarters|campus|site|building|depot|store|branch|plant|warehouse|yard|studio|lab)\b[^()]*\)/gi;

/**
 * A postal code after a state or province ("Pittsburgh, PA 15222", "Brampton, ON L6T 1A1", an
 * Australian "Darwin NT 0800"): it narrows the address, it is not a part of the place name. A bare
 * four-digit number counts only right after a state code (elsewhere it may be a year).
 */
const POSTAL_CODE = /(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)|(?<=\b[A-Z]{2,3})\s+\d{4})$/;

/** One location phrase → Location. */
/** "Location:", "Job location:", "Where:" before the place on a page. */
export const LOCATION_LABEL = /^(?:locations?|job location|work location|where)\s*:?\s*/i;
/** "Remote within Germany", "Remote from anywhere in the EU": the words before the place. */
export const PLACE_LEAD = /^(?:(?:from|within|in|across|based in|the)\s+)+/i;

const AREA_NAMES = new Set(Object.values(AREAS).flat());

/** A well-known city written in Chinese or Japanese opening a place ("上海…", "東京都…"), longest name first. */
const CJK_CITY_FIRST = new RegExp(
  String.raw`^(${CITY_LIST.map((c) => c.name)
    .filter((n) => /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(n))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=$|[\u3400-\u9fff\uac00-\ud7af\s–-])`,
);

export function parseLocation(raw: string): Location {
  const clean = raw.replace(/\s+/g, ' ').trim();
  const loc: Location = { raw: clean };
  // Strip the work arrangement to find the place: "Remote (US)" → "US", "Melbourne VIC (Remote)".
  let place = clean
    .replace(SITE_NOTE, ' ')
    .replace(REMOTE_NOISE, ' ')
    // A place in brackets is a part of its own: "Berlin (Germany)" reads as "Berlin, Germany".
    .replace(/\s*[([]\s*([^()[\]]*?)\s*[)\]]/g, (_, inner: string) => (inner ? `, ${inner}` : ' '))
    .replace(/[()[\]]/g, ' ')
    .replace(/\s*[-–—:]\s*$|^\s*[-–—:,]\s*/g, '');
  place = place
    .replace(/\s+/g, ' ')
    .replace(/^[\s,\-–—]+|[\s,\-–—]+$/g, '')
    .replace(PLACE_LEAD, '');
  if (!place) return loc;
  // "上海浦东新区张江碧波路690号", "深圳-南山区", "東京都港区芝浦", "서울 강남구": Chinese, Japanese and Korean
  // addresses run the city into the district and street; a well-known city opening them is the city.
  const cjk = CJK_CITY_FIRST.exec(place);
  if (cjk) {
    loc.city = cjk[1]!;
    loc.country = countryOfCity(cjk[1]!);
    return loc;
  }
  // Country, region and city joined by hyphens: Greenhouse's office codes ("US-VA-Arlington",
  // "CA-ON-Toronto") and Taleo and Oracle's names ("United States-Oklahoma-Lawton").
  const joined = place.match(/^([^-,]{2,40})-([^-,]{2,40})-([^,]{2,60})$/);
  const code =
    joined && /^[A-Z]{2}$/.test(joined[1]!) && /^[A-Z]{2,3}$/.test(joined[2]!) ? joined[1] : undefined;
  const country = joined ? (countryCode(joined[1]!.trim()) ?? code) : undefined;
  // "GB - London - Canary Wharf": a country, a city and its district when the middle names no region.
  const middle = joined && !code ? regionOf(joined[2]!) : undefined;
  if (joined && country && !code && !middle) {
    loc.country = country;
    loc.city = joined[2]!.trim();
    return loc;
  }
  if (joined && country) {
    loc.country = country;
    loc.region = code ? joined[2] : middle!.region;
    loc.city = joined[3]!.trim();
    return loc;
  }
  const parts = place
    .split(/\s*,\s*|\s+-\s+/)
    .map((p) => p.replace(POSTAL_CODE, ''))
    // "Hamburg, HH, DE, 21107": a postal code written as a part of its own.
    .filter((p) => p && !/^\d[\d -]*$/.test(p));
  const rest: string[] = [];
  const named = namedCountry(parts);
  for (const [i, p] of parts.entries()) {
    if (named && i === parts.length - 1) {
      loc.country = named;
      continue;
    }
    // "Hamburg, DE", "Bengaluru, IN": a code that is a state and a country both names the country a
    // well-known city is in (Germany, not Delaware).
    const known = rest.length === 1 && !loc.country ? countryOfCity(rest[0]!) : undefined;
    if (known && countryCode(p) === known) {
      loc.country = known;
      continue;
    }
    // After a city, a two-letter code is a state/province ("San Francisco, CA"), not a country.
    const r = rest.length > 0 && !loc.region ? regionNear(p, named, rest.at(-1)!) : undefined;
    if (r) {
      loc.region = r.region;
      loc.country ??= r.country;
      continue;
    }
    // "Ontario, Canada", "Remote - Florida": a state or province named in full before any city is the
    // region; "Delaware, OH" (a town before its state's code) stays the town, and so does "Victoria"
    // (a city as well as a state).
    const whole =
      rest.length === 0 && !loc.region && p.length > 3 && !isCityName(p) ? regionOf(p, named) : undefined;
    if (whole && !parts.slice(i + 1).some((q) => regionNear(q, named, p))) {
      loc.region = whole.region;
      loc.country ??= whole.country;
      continue;
    }
    const c = countryCode(p);
    // "Holland, MI", "Mexico, MO": a town named like a country, before its state, is the town (match/geo.ts reads
    // it the same way).
    const next = c && i === 0 && parts.length > 1 ? regionNear(parts[1]!, named, p) : undefined;
    if (next && next.country !== c) {
      rest.push(p);
      continue;
    }
    if (c && !loc.country) {
      loc.country = c;
      continue;
    }
    // "Remote - Africa (Kenya, Nigeria, Ghana)": a country named after another is a country, not a city.
    if (c) continue;
    // "Remote (EU)", "Remote - EMEA": an area wider than a country is no city; the raw text keeps it
    // for the readers of remote scope.
    if (AREA_NAMES.has(p.toLowerCase())) continue;
    rest.push(p);
  }
  // "Melbourne VIC": a trailing region code inside the city part, or inside the last part when a
  // suburb comes first (Seek's "Parramatta, Sydney NSW": suburb, metro area and state).
  for (let i = rest.length - 1; i >= 0 && !loc.region; i--) {
    const m = rest[i]!.match(/^(.+?)\s+([A-Z]{2,3})$/);
    const r = m ? regionNear(m[2]!, named, m[1]!) : undefined;
    if (m && r) {
      rest[i] = m[1]!;
      loc.region = r.region;
      loc.country ??= r.country;
    }
  }
  if (rest.length > 0) loc.city = rest[0];
  // "Hamburg" alone: a well-known city carries its country; so does the city after a suburb ("Te Aro,
  // Wellington", "Shoreditch, London").
  if (loc.city && !loc.country) {
    const cc = countryOfCity(loc.city) ?? (rest.length === 2 ? countryOfCity(rest[1]!) : undefined);
    if (cc) loc.country = cc;
  }
  return loc;
}

const SPLIT = /\s*(?:;|\||\/\/|\s\/\s|\s+or\s+|\s·\s|\n|\s•\s)\s*/i;

/** A location field that may hold several places. */
export function parseLocations(raw: string): Location[] {
  const clean = raw
    .replace(/[ \t]+/g, ' ')
    .trim()
    .slice(0, 2_000);
  if (!clean) return [];
  const pieces = clean
    .split(SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 1);
  return (pieces.length ? pieces : [clean]).slice(0, 20).map(parseLocation);
}

/** A place the geography knows ("Columbus, OH 43215", "Leeds"): a country or region read from it. */
export function looksLikePlace(seg: string): boolean {
  // "Columbus, OH 43215": the postal code is not part of the place name.
  const l = parseLocations(seg.replace(/\s+\d{4,6}(?:-\d{4})?$/, ''))[0];
  return !!l && !!(l.country || l.region) && seg.split(/[\s,]+/).length <= 8;
}

/** Work arrangement across several places: any remote option makes the job remote-eligible. */
export function arrangementOfLocations(locs: readonly Location[]): Arrangement | null {
  const found = locs.map((l) => arrangementOfLabel(l.raw));
  for (const want of ['remote', 'hybrid'] as const) {
    const hit = found.find((a) => a?.workType === want);
    if (hit) return hit;
  }
  return found.find(Boolean) ?? null;
}

export const workTypeOfLocations = (locs: readonly Location[]): WorkType | null =>
  arrangementOfLocations(locs)?.workType ?? null;

/** The whole location field as one display string. */
export function locationText(locs: readonly Location[]): string {
  return locs.map((l) => l.raw).join('; ');
}
