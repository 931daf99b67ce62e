import {
  AU_STATES,
  CA_PROVINCES,
  namesByCode,
  US_STATES as STATES,
  countryNames as sharedCountryNames,
} from '../../geo/index.ts';

/** Country and US-state names, for reading option lists and matching answers to them. */

let countryNames: Map<string, string> | null = null;

/** normalized English country name → ISO alpha-2, built from Intl (no table shipped). */
/** The languages whose country names an option list may use, English first. */
const FORM_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv'];

export function countryIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  const A = 65;
  // English first, then the languages forms are written in: a German form lists "Niederlande", "Polen".
  for (const locale of FORM_LOCALES) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (let i = 0; i < 26; i++)
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        const name = display.of(code);
        // first code wins: GB before the alias UK, FR before FX (Metropolitan France), English before others
        if (name && name !== code && !countryNames.has(simplify(name)))
          countryNames.set(simplify(name), code);
      }
  }
  // shared/geo's names win over Intl's: they are the spellings forms actually use ("USA", "UK").
  for (const [name, code] of sharedCountryNames()) countryNames.set(simplify(name), code);
  return countryNames;
}

export function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ISO code of a country written as a name or a code ('' when unknown). */
export function countryCode(text: string): string {
  const s = simplify(text);
  if (/^[a-z]{2}$/.test(s)) {
    const name = englishCountryName(s);
    const canonical = name ? countryIndex().get(simplify(name)) : undefined;
    if (canonical) return canonical;
  }
  const withoutCode = s.replace(/\s*\d+$/, '').replace(/^\+?\d+\s*/, '');
  return countryIndex().get(withoutCode) ?? '';
}

export function englishCountryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? '';
  } catch {
    return '';
  }
}

/** US state (and DC) code → name as option lists print it ("NY" → "New York"). */
export const US_STATES: Record<string, string> = namesByCode(STATES);

/** First-level region code → name for the countries whose forms list them (a state or province question). */
const REGIONS_BY_COUNTRY: Record<string, Record<string, string>> = {
  US: US_STATES,
  CA: namesByCode(CA_PROVINCES),
  AU: namesByCode(AU_STATES),
};

/**
 * A region as a form's list names it, from a profile's region and country ("BC" in Canada → "British
 * Columbia"); a name already given is kept. Without a country, the US.
 */
export function regionOf(region: string, country?: string): { code: string; name: string } | null {
  const table = REGIONS_BY_COUNTRY[(country ?? 'US').toUpperCase()];
  if (!table) return null;
  const key = simplify(region);
  const found = Object.entries(table).find(
    ([code, name]) => code.toLowerCase() === key || simplify(name) === key,
  );
  return found ? { code: found[0], name: found[1] } : null;
}

/**
 * Whether one option names a first-level region a form's state question lists: a US state ("Ohio"), a
 * Canadian province ("Alberta") or an Australian state ("Queensland"). A list of them asks where the person
 * lives at that level, whichever country's word ("state", "province") the form uses.
 */
export function isRegion(text: string): boolean {
  return regionNames().has(simplify(text));
}
let stateNames: Set<string> | null = null;
const regionNames = () =>
  (stateNames ??= new Set(
    [...Object.values(REGIONS_BY_COUNTRY).flatMap((names) => Object.values(names))].map(simplify),
  ));

/** Share of options that name a country / a state or province: tells a country or state list apart. */
export function listShare(options: string[], kind: 'country' | 'state'): number {
  const names = options.map(simplify).filter(Boolean);
  if (names.length < 10) return 0;
  const hits = names.filter((n) =>
    kind === 'country' ? countryIndex().has(n) : regionNames().has(n),
  ).length;
  return hits / names.length;
}
