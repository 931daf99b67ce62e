import type { Location } from '../types.ts';
import { countryOfCity } from './cities.ts';
import { parseLocation } from './location.ts';

/** A capitalised place name of up to three words ("Minneapolis", "Fort Worth", "Salt Lake City"). */
const NAME = String.raw`([A-Z][\p{Ll}'’]+(?:[ -][A-Z][\p{Ll}'’]+){0,2})`;

/**
 * Sentences that say where this job's work happens: "This role is hybrid and based in Minneapolis",
 * "from our Denver office", "you must live in the Charlotte metro area", "within commuting distance
 * of Austin", "the Raleigh territory". A company blurb's "offices in London, Paris and Berlin" lists
 * places the firm has, not the job's, so only these wordings count.
 */
const OFFICE_WORDINGS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:role|position|job|team|you(?:'ll| will) be)\s+(?:\p{Ll}+\s+){0,3}based (?:in|at|out of) (?:our )?${NAME}`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:from|at|in|to|into) our ${NAME} (?:office|studio|site|hub|headquarters|HQ)\b`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:from|at|in) our (?:office|studio|site|hub|headquarters|HQ) in ${NAME}`, 'gu'),
  new RegExp(
    String.raw`\b(?:live|living|reside|be based) (?:in|within|near) (?:commuting distance of )?(?:the )?${NAME}(?: metro(?:politan)?)? (?:area|region)\b`,
    'gu',
  ),
  new RegExp(String.raw`\bwithin commuting distance of (?:the |our )?${NAME}`, 'gu'),
  new RegExp(String.raw`\bin the ${NAME} (?:territory|patch|region)\b`, 'gu'),
];

/**
 * The longest known city at the start of a capitalised run ("Charlotte Metro" → "Charlotte",
 * "Berlin-Kreuzberg" → "Berlin").
 */
function knownCity(name: string): string | null {
  const words = name.split(/[ -]/);
  for (let n = words.length; n > 0; n--) {
    const city = words.slice(0, n).join(' ');
    if (countryOfCity(city)) return city;
  }
  return null;
}

/**
 * The one city the prose names as where this job works, or null when it names none or more than
 * one. Read for a job that is not remote whose location line only says remote (the body's office
 * is where the job is), or for a page that prints no location at all.
 */
export function officePlaceInProse(text: string): Location | null {
  const found = new Set<string>();
  for (const re of OFFICE_WORDINGS) {
    for (const m of text.slice(0, 20_000).matchAll(re)) {
      const city = knownCity(m[1]!);
      if (city) found.add(city);
    }
  }
  if (found.size !== 1) return null;
  return parseLocation([...found][0]!);
}

/** A location line that names no place of work, only that the job is remote ("Remote - US", "Remote"). */
export const onlySaysRemote = (locs: readonly Location[]): boolean =>
  locs.length > 0 && locs.every((l) => !l.city && /\b(?:remote|anywhere|work from home|wfh)\b/i.test(l.raw));

/** A location that names only a country ("GB", "United Kingdom", "Remote, United Kingdom"). */
const onlyNamesCountry = (locs: readonly Location[]): boolean =>
  locs.length === 1 && !locs[0]!.city && !locs[0]!.region && !!locs[0]!.country;

/**
 * The office the text names where the location line names no place of work, on a job the text says
 * is hybrid or on-site: a line that only says remote, or only the country ("GB" in the data beside
 * "based at our Leeds site three days a week"), in which case the office must be in that country.
 */
export function officeOverLocation(locs: readonly Location[], text: string): Location | null {
  const countryOnly = onlyNamesCountry(locs);
  if (!countryOnly && !onlySaysRemote(locs)) return null;
  const office = officePlaceInProse(text);
  if (!office || (countryOnly && office.country !== locs[0]!.country)) return null;
  return office;
}
