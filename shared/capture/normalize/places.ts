import {
  COUNTRIES as ALL,
  AU_STATES as AU,
  CA_PROVINCES as CA,
  CODE_ALIASES,
  countryNames,
  type Region,
  US_STATES as US,
} from '../../geo/index.ts';

/**
 * Capture's lookups over shared/geo: keys are lower-case with no trailing dot, the way
 * parseLocation folds a location part.
 */
export const placeKey = (s: string) => s.trim().toLowerCase().replace(/\.$/, '');

/** country name (any language) → ISO 3166-1 alpha-2. */
export const COUNTRIES: Record<string, string> = Object.fromEntries(
  countryNames().map(([name, code]) => [placeKey(name), code]),
);

/** ISO alpha-2 codes accepted when written alone ("Berlin, DE"), plus "UK". */
export const ISO2 = new Set([...ALL.filter((c) => c.alone).map((c) => c.code), ...Object.keys(CODE_ALIASES)]);

/** ISO alpha-3 codes some boards print ("USA", "DEU") → alpha-2. */
export const ISO3: Record<string, string> = Object.fromEntries(
  ALL.filter((c) => c.alpha3).map((c) => [c.alpha3!, c.code]),
);

const byCode = (regions: readonly Region[]) =>
  Object.fromEntries(regions.map((r) => [r.code, r.name.toLowerCase()]));
const byName = (regions: readonly Region[]) =>
  Object.fromEntries(
    regions.flatMap((r) => [r.name, ...(r.aliases ?? [])].map((n) => [n.toLowerCase(), r.code])),
  );

export const US_STATES: Record<string, string> = byCode(US);
export const CA_PROVINCES: Record<string, string> = byCode(CA);
export const AU_STATES: Record<string, string> = byCode(AU);
export const US_STATE_BY_NAME: Record<string, string> = byName(US);
export const CA_PROVINCE_BY_NAME: Record<string, string> = byName(CA);
export const AU_STATE_BY_NAME: Record<string, string> = byName(AU);
