import { escapeRegExp } from '../../text/escape-regexp.ts';
import type { Location, Salary } from '../types.ts';
import { AU_STATES, CA_PROVINCES, US_STATES } from './places.ts';
import { findMoney, type MoneyMatch, salaryOf } from './salary.ts';

/** The band for every place the others do not name: "all other U.S. locations", "(national)". */
const REST_OF_PLACES =
  /\b(?:all other|other (?:locations|states|areas|regions|cities)|elsewhere|everywhere else|rest of|national)\b/i;

/** What follows a band that is a place's: "in Massachusetts and Washington", "(Paris)", "for Texas". */
const FOR_PLACE = /^\s*(?:\(|in\b|for\b|across\b)/i;

/** How the job's place may be written: its state or province spelled out or as a code, else its city. */
function placeNames(place: Location): Array<string | RegExp> {
  const region = place.region?.trim();
  const code = region?.toUpperCase() ?? '';
  const spelled = US_STATES[code] ?? CA_PROVINCES[code] ?? AU_STATES[code];
  const names: Array<string | RegExp> = [];
  if (spelled) names.push(spelled, new RegExp(`\\b${code}\\b`));
  else if (region) names.push(region);
  // A city only where no state is known: "York" would match "New York".
  if (!region && place.city) names.push(place.city);
  return names;
}

const names = (text: string, name: string | RegExp) =>
  typeof name === 'string'
    ? new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'iu').test(text)
    : name.test(text);

/**
 * One band per place in one sentence ("$131,000 – $152,000 in Massachusetts and Washington; $120,000 –
 * $140,000 in Illinois and Texas; and $110,000 – $128,000 in all other U.S. locations"), where the
 * chosen salary is one band or the span of them all (a board's module from the lowest band to the
 * highest): a job in one place is paid its place's band, or the band for every other place. Each
 * band must be followed by the places it is for; the job must have one location, and its state or
 * city must pick one band (a job placed only by its country, such as a remote one, keeps the span).
 */
export function payForPlace(s: Salary, posting: string, locations: readonly Location[] | undefined): Salary {
  if (!posting || s.min == null || s.max == null || locations?.length !== 1) return s;
  const place = locations[0]!;
  const bands = findMoney(posting).filter(
    (m) => m.min != null && m.max != null && m.min < m.max && m.currency === s.currency,
  );
  for (let i = 0; i < bands.length; ) {
    // A run of bands in one sentence: nothing between them ends a sentence or a line.
    let j = i + 1;
    while (j < bands.length && !/[.!?]\s+\p{Lu}|\n/u.test(between(posting, bands[j - 1]!, bands[j]!))) j++;
    const run = bands.slice(i, j);
    i = j;
    const placesOf = run.map((b, k) =>
      k + 1 < run.length ? between(posting, b, run[k + 1]!) : restOfLine(posting, b),
    );
    const picked =
      run.length >= 2 && placesOf.every((p) => FOR_PLACE.test(p))
        ? bandForPlace(s, run, placesOf, place, posting)
        : null;
    if (picked) return answer(s, run, picked);
  }
  // Else one band a line after its places: "Zone 2 (Denver, Austin): $90,000 – $99,000", or a table
  // row flattened to a line, "Fort Worth (Tarrant County) $18.00 – $21.00".
  const rows = bands.filter((b) => isPlaceRow(lineBefore(posting, b), restOfLine(posting, b)));
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && between(posting, rows[j - 1]!, rows[j]!).split('\n').length === 2) j++;
    const run = rows.slice(i, j);
    i = j;
    const placesOf = run.map((b) => lineBefore(posting, b));
    const picked = run.length >= 2 ? bandForPlace(s, run, placesOf, place, posting) : null;
    if (picked) return answer(s, run, picked);
  }
  // Else bands in running text, each after its places as a label: "Atlanta: $78,000 - $92,000 a year.
  // Chicago and Edison, NJ: $88,000 - $104,000 a year." (one paragraph, one band a sentence).
  const labelled = bands.filter((b) => labelBefore(posting, b));
  for (let i = 0; i < labelled.length; ) {
    let j = i + 1;
    while (j < labelled.length && /^[^\n]{0,150}$/.test(between(posting, labelled[j - 1]!, labelled[j]!)))
      j++;
    const run = labelled.slice(i, j);
    i = j;
    const placesOf = run.map((b) => labelBefore(posting, b)!);
    const picked = run.length >= 2 ? bandForPlace(s, run, placesOf, place, posting) : null;
    if (picked) return answer(s, run, picked);
  }
  return s;
}

const answer = (s: Salary, run: MoneyMatch[], picked: MoneyMatch | typeof SPAN): Salary =>
  picked === SPAN ? span(s, run) : { ...salaryOf(picked, s.currency), period: picked.period ?? s.period };

/** A band's places as the label opening its sentence: "Chicago and Edison, NJ: ". */
const LABEL_BEFORE = /(?:^|[.;!?]\s+|\n)\s*([^.;!?\n:]{3,80}):\s*$/u;
const labelBefore = (text: string, b: MoneyMatch) =>
  text.slice(Math.max(0, b.index - 100), b.index).match(LABEL_BEFORE)?.[1];

/** A row's places in brackets just before its band: "Zone 1 (Boston, Seattle): ". */
const PLACES_BEFORE = /\(([^()]{3,200})\)\s*[:\-–—]?\s*$/;
/** What may follow a band that closes its table row: nothing, or its unit ("/hr", "per year"). */
const ROW_END = /^\s*(?:(?:\/|per\b|an?\b)\s*\p{L}+)?\s*$/iu;
/** A row's label: its places in brackets, or (a table row) the short cells before a band that ends the line. */
const isPlaceRow = (before: string, after: string) =>
  PLACES_BEFORE.test(before) || (ROW_END.test(after) && /\p{L}{3}/u.test(before) && before.length <= 120);
const lineBefore = (text: string, b: MoneyMatch) =>
  text
    .slice(Math.max(0, b.index - 240), b.index)
    .split('\n')
    .pop()!;
const restOfLine = (text: string, b: MoneyMatch) =>
  text
    .slice(b.index + b.text.length)
    .slice(0, 60)
    .split('\n')[0]!;

/**
 * "Chester is a Zone 3 store", "hired in Denver, so Tier 2 applies": the posting itself puts the
 * job's town (or state) in one named band, which then picks that band's row. A linking word must
 * come between, so a row's own place list ("Zone 1 (Leeds, York), Zone 2 …") ties nothing.
 */
function statedZone(posting: string, place: Location): RegExp | null {
  for (const name of [place.city, place.region].map((n) => n?.trim()).filter((n) => n && n.length > 2)) {
    const m = posting.match(
      new RegExp(
        String.raw`(?<!\p{L})${escapeRegExp(name!)}(?!\p{L})[^.\n():;]{0,25}?\b(?:is|falls|sits|lies|belongs|so)\b[^.\n():;]{0,15}?\b([Zz]one|[Tt]ier|[Bb]and)\s+(\d{1,2}|[A-D])(?![\p{L}\d])`,
        'u',
      ),
    );
    if (m) return new RegExp(String.raw`(?<!\p{L})${m[1]}\s+${m[2]}(?![\p{L}\d])`, 'i');
  }
  return null;
}

/** The answer for a job placed only by its country: every band is open to it. */
const SPAN = Symbol('span of the bands');
const span = (s: Salary, run: MoneyMatch[]): Salary => {
  const min = Math.min(...run.map((b) => b.min!));
  const max = Math.max(...run.map((b) => b.max!));
  return min === s.min && max === s.max ? s : { ...s, min, max };
};

const between = (text: string, a: MoneyMatch, b: MoneyMatch) => text.slice(a.index + a.text.length, b.index);

function bandForPlace(
  s: Salary,
  run: MoneyMatch[],
  placesOf: string[],
  place: Location,
  posting: string,
): MoneyMatch | typeof SPAN | null {
  const low = Math.min(...run.map((b) => b.min!));
  const high = Math.max(...run.map((b) => b.max!));
  const chosen = run.some((b) => b.min === s.min && b.max === s.max) || (low === s.min && high === s.max);
  if (!chosen) return null;
  const stated = statedZone(posting, place);
  const inZone = stated ? run.filter((_, k) => stated.test(placesOf[k]!)) : [];
  if (inZone.length === 1) return inZone[0]!;
  const wanted = placeNames(place);
  // Placed only by its country (a remote job): open in every place, so it spans the bands.
  if (!wanted.length) return place.country && !place.city && !place.region ? SPAN : null;
  const named = run.filter((_, k) => wanted.some((n) => names(placesOf[k]!, n)));
  if (named.length > 1) return null;
  if (named.length === 1) return named[0]!;
  // Bands by metro area name cities, not states: "Zone 1 (San Francisco Bay Area, …)" for a job in
  // San Francisco, CA. The city must start a name ("York" is not in "New York City").
  const city = place.city?.trim();
  const inCity = city
    ? run.filter((_, k) =>
        new RegExp(`(?<!\\p{Lu}[\\p{L}.]*\\s)(?<!\\p{L})${escapeRegExp(city)}(?!\\p{L})`, 'u').test(
          placesOf[k]!,
        ),
      )
    : [];
  if (inCity.length === 1) return inCity[0]!;
  if (inCity.length > 1) return null;
  const rest = run.filter((_, k) => REST_OF_PLACES.test(placesOf[k]!));
  return rest.length === 1 ? rest[0]! : null;
}
