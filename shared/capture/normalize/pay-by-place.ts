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
    const picked = run.length >= 2 ? bandForPlace(s, posting, run, place) : null;
    if (picked) return { ...salaryOf(picked, s.currency), period: picked.period ?? s.period };
  }
  return s;
}

const between = (text: string, a: MoneyMatch, b: MoneyMatch) => text.slice(a.index + a.text.length, b.index);

function bandForPlace(s: Salary, posting: string, run: MoneyMatch[], place: Location): MoneyMatch | null {
  const low = Math.min(...run.map((b) => b.min!));
  const high = Math.max(...run.map((b) => b.max!));
  const chosen = run.some((b) => b.min === s.min && b.max === s.max) || (low === s.min && high === s.max);
  if (!chosen) return null;
  const placesOf = run.map((b, k) =>
    k + 1 < run.length
      ? between(posting, b, run[k + 1]!)
      : posting
          .slice(b.index + b.text.length)
          .slice(0, 60)
          .split('\n')[0]!,
  );
  if (!placesOf.every((p) => FOR_PLACE.test(p))) return null;
  const wanted = placeNames(place);
  if (!wanted.length) return null;
  const named = run.filter((_, k) => wanted.some((n) => names(placesOf[k]!, n)));
  if (named.length > 1) return null;
  if (named.length === 1) return named[0]!;
  const rest = run.filter((_, k) => REST_OF_PLACES.test(placesOf[k]!));
  return rest.length === 1 ? rest[0]! : null;
}
