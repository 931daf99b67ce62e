import { escapeRegExp } from '../../text/escape-regexp.ts';
import type { Location, Salary } from '../types.ts';
import { COUNTRY_CURRENCY } from './currency.ts';
import { COUNTRIES } from './places.ts';
import { findMoney, salaryOf } from './salary.ts';

/**
 * Any country's name ("canada", "kanada", "the united states") in running text, from places.ts's one
 * table; not "us" or "uk", which are words too. Built on first use: most pages never ask.
 */
let anyCountry: RegExp | null = null;
function countriesNamed(text: string): Set<string> {
  anyCountry ??= new RegExp(
    `(?<!\\p{L})(${Object.keys(COUNTRIES)
      .filter((n) => n.length >= 4)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?!\\p{L})`,
    'giu',
  );
  return new Set([...text.matchAll(anyCountry)].map((m) => COUNTRIES[m[1]!.toLowerCase()]!).filter(Boolean));
}

/** The sentence before an amount, up to its figure (at most 200 characters back). */
const sentenceBefore = (text: string, at: number) =>
  text
    .slice(Math.max(0, at - 200), at)
    .split(/[.!?]\s+(?=\p{Lu})|\n/u)
    .pop() ?? '';

/**
 * Pay given country by country ("For candidates in the United States, the base salary range is
 * $135,000 – $165,000 USD. The range for this role in Canada is $118,000 – $142,000 CAD."): a job in
 * one country, where the figure chosen is in another country's currency, is paid the one band in its
 * own country's currency whose sentence names that country.
 */
export function payForCountry(
  s: Salary,
  posting: string,
  locations: readonly Location[] | undefined,
): Salary {
  const countries = new Set((locations ?? []).map((l) => l.country));
  const country = countries.size === 1 ? [...countries][0] : undefined;
  const home = country ? COUNTRY_CURRENCY[country] : undefined;
  if (!posting || !home || s.currency === home) return s;
  // "Remote (United States, Canada)" is open in two countries, whichever one its parsed country is.
  if (countriesNamed((locations ?? []).map((l) => l.raw).join(' ')).size > 1) return s;
  const bands = findMoney(posting.slice(0, 60_000)).filter(
    (m) =>
      m.currency === home && m.min != null && countriesNamed(sentenceBefore(posting, m.index)).has(country!),
  );
  if (bands.length !== 1) return s;
  const band = bands[0]!;
  return { ...salaryOf(band), period: band.period ?? s.period };
}
