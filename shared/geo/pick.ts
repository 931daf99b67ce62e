import { COUNTRIES } from './countries.ts';
import { AU_STATES, CA_PROVINCES, type Region, US_STATES } from './regions.ts';

/** One choice in a place picker: the code stored in the profile, the name shown, other names it answers to. */
export interface PlaceOption {
  code: string;
  name: string;
  also: readonly string[];
}

/** "united states" → "United States" (the data keeps names lower-case for matching). */
const titleCase = (name: string) =>
  name.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());

let countries: PlaceOption[] | null = null;
/** Every country shared/geo knows, by its English name (Intl's when the runtime has it), sorted. */
export function countryOptions(): PlaceOption[] {
  // Built once: every country picker on a page (profile, work rights, first run) shares the list.
  if (countries) return countries;
  const display =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
  countries = COUNTRIES.map((c) => ({
    code: c.code,
    name: display?.of(c.code) ?? titleCase(c.en[0]!),
    also: [c.code, ...c.en, ...Object.values(c.native ?? {}).flat(), ...(c.alpha3 ? [c.alpha3] : [])],
  })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return countries;
}

const REGIONS: Readonly<Record<string, readonly Region[]>> = {
  US: US_STATES,
  CA: CA_PROVINCES,
  AU: AU_STATES,
};

/** A country's first-level regions (US states, Canadian provinces, Australian states); empty when not listed. */
export function regionOptions(country: string): PlaceOption[] {
  return (REGIONS[country.toUpperCase()] ?? []).map((r) => ({
    code: r.code,
    name: r.name,
    also: [r.code, ...(r.aliases ?? [])],
  }));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Options matching what was typed, best first: the name starts with it ("Ger" → Germany), then a
 * word of the name does ("king" → United Kingdom), then another name or the code ("deutsch", "usa").
 */
export function searchPlaces(options: readonly PlaceOption[], query: string): PlaceOption[] {
  const q = fold(query);
  if (!q) return [...options];
  const rank = (o: PlaceOption): number => {
    const name = fold(o.name);
    if (name.startsWith(q)) return 0;
    if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) return 1;
    if (o.also.some((a) => fold(a) === q)) return 2;
    if (o.also.some((a) => fold(a).startsWith(q))) return 3;
    return 9;
  };
  return options
    .map((o) => ({ o, r: rank(o) }))
    .filter((x) => x.r < 9)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.o);
}

/** The option for a stored code ("DE"), for showing its name. */
export const optionByCode = (options: readonly PlaceOption[], code: string | undefined) =>
  code ? options.find((o) => o.code === code.toUpperCase()) : undefined;
