import {
  AREAS,
  AU_STATES,
  CA_PROVINCES,
  CITY_LIST,
  countryNames,
  type Region,
  US_STATES,
} from '../geo/index.ts';

/**
 * Just enough geography to compare a posting's place with a person's, read with shared/geo's
 * countries, regions and cities. Unknown places stay unknown (and are scored as neutral), never
 * guessed.
 */
export interface Place {
  country?: string;
  region?: string;
  city?: string;
}

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b\d{4,6}(-\d{4})?\b/g, '')
    .replace(/[^a-z\u00c0-\u024f. ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');

/** Names of countries and of wider areas ("EMEA", whose code EU is never a place's country). */
const countryByName = new Map<string, string>([
  ...countryNames().map(([name, code]): [string, string] => [clean(name), code]),
  ...Object.entries(AREAS).flatMap(([code, names]) => names.map((n): [string, string] => [n, code])),
]);
const regionTable = (regions: readonly Region[]) =>
  new Map(
    regions.flatMap((r) =>
      [r.code, r.name, ...(r.aliases ?? [])].map((n): [string, string] => [clean(n), r.code]),
    ),
  );
const usState = regionTable(US_STATES);
const caProvince = regionTable(CA_PROVINCES);
const auState = regionTable(AU_STATES);
const cityPlace = new Map<string, Place>(
  CITY_LIST.map((c) => [clean(c.name), { country: c.country, region: c.region, city: clean(c.name) }]),
);

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
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const key = clean(part);
    if (!key) continue;
    const afterComma = i > 0;
    const country = countryByName.get(key);
    // Country names match whole parts only; "CA" is not in the table, so it reads as California.
    if (country) {
      if (country !== 'EU') place.country = country;
      continue;
    }
    // "Dublin 8", "Dublin 18": a postal district after a known city.
    const city = cityPlace.get(key) ?? cityPlace.get(key.replace(/\s+\d{1,2}$/, ''));
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
      if (!place.country || place.country === 'US') place.country = 'US';
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
    // A first part we do not know is probably a smaller city: keep its name for same-city checks.
    if (i === 0 && !place.city && /^[a-z .'-]{3,30}$/.test(key) && !/remote|hybrid|on.?site/.test(key)) {
      place.city = key;
      guessed = true;
    }
  }
  return place;
}

/** Countries named anywhere in a sentence ("remote within the US or Canada"). */
export function countriesIn(text: string): string[] {
  const out = new Set<string>();
  const lower = ` ${text.toLowerCase().replace(/[^a-z\s]+/g, ' ')} `;
  for (const [name, code] of countryByName) {
    if (code === 'EU' || name.length < 3) continue;
    if (lower.includes(` ${name} `)) out.add(code);
  }
  if (/\b(US|USA|U\.S\.?)\b/.test(text)) out.add('US');
  if (/\bUK\b/.test(text)) out.add('GB');
  return [...out];
}
