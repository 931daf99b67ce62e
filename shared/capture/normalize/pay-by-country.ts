import { countryNames } from '../../geo/index.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';
import type { Location, Salary } from '../types.ts';
import { COUNTRY_CURRENCY } from './currency.ts';
import { findMoney, salaryOf } from './salary.ts';

/** Each country's names ("canada", "kanada", "the united states"), by its code; not "us" or "uk", words too. */
const NAMES = new Map<string, RegExp>();
for (const [name, code] of countryNames()) {
  if (name.length < 4) continue;
  const re = NAMES.get(code);
  const one = escapeRegExp(name);
  NAMES.set(code, new RegExp(`${re ? `${re.source}|` : ''}(?<!\\p{L})${one}(?!\\p{L})`, 'iu'));
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
  // "Remote (United States, Canada)" is open in two countries, whichever one its parsed country is.
  const raw = (locations ?? []).map((l) => l.raw).join(' ');
  const named = [...NAMES.values()].filter((re) => re.test(raw)).length;
  const country = countries.size === 1 && named <= 1 ? [...countries][0] : undefined;
  const home = country ? COUNTRY_CURRENCY[country] : undefined;
  const itsName = country ? NAMES.get(country) : undefined;
  if (!posting || !home || !itsName || s.currency === home) return s;
  const bands = findMoney(posting.slice(0, 60_000)).filter(
    (m) => m.currency === home && m.min != null && itsName.test(sentenceBefore(posting, m.index)),
  );
  if (bands.length !== 1) return s;
  const band = bands[0]!;
  return { ...salaryOf(band), period: band.period ?? s.period };
}
