/**
 * Countries as data, once for capture, match and autofill: ISO 3166-1 alpha-2 code, the names a
 * posting or a form writes them with (English first, then the country's own language, tagged),
 * and whether the bare code may stand alone as a country ("Berlin, DE"). Names are lower-case;
 * each consumer folds them with the same normalizer it applies to the text it reads.
 */

export type Lang =
  | 'en'
  | 'de'
  | 'es'
  | 'fr'
  | 'it'
  | 'nl'
  | 'pt'
  | 'sv'
  | 'no'
  | 'da'
  | 'fi'
  | 'pl'
  | 'tr'
  | 'ja'
  | 'ko'
  | 'zh';

export interface Country {
  code: string;
  /** English names and abbreviations; the first is the usual name. */
  en: string[];
  /** Names in the country's own language, as job boards print them ("Deutschland", "España"). */
  native?: Partial<Record<Lang, string[]>>;
  /**
   * The two-letter code alone names the country. Codes that are also a US state, Canadian
   * province or Australian state where that reading is more common (MA, MT, PE, SA, SK) are left out.
   */
  alone?: true;
  /** ISO alpha-3, for the few boards that print it ("USA", "DEU"). */
  alpha3?: string;
  /** Parts of the country written as if they were countries ("England", "Scotland"). */
  parts?: string[];
  /** What its people are called ("Indian citizen", "British passport"), lower-case. */
  people?: string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    en: ['united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'america'],
    alone: true,
    alpha3: 'USA',
    people: ['american'],
  },
  { code: 'CA', en: ['canada'], alone: true, alpha3: 'CAN', people: ['canadian'] },
  {
    code: 'GB',
    en: ['united kingdom', 'uk', 'u.k.', 'great britain', 'britain'],
    parts: ['england', 'scotland', 'wales', 'northern ireland'],
    alone: true,
    alpha3: 'GBR',
    people: ['british'],
  },
  { code: 'IE', en: ['ireland'], alone: true, people: ['irish'] },
  {
    code: 'DE',
    en: ['germany'],
    native: { de: ['deutschland'] },
    alone: true,
    alpha3: 'DEU',
    people: ['german'],
  },
  { code: 'FR', en: ['france'], alone: true, people: ['french'] },
  { code: 'ES', en: ['spain'], native: { es: ['españa'] }, alone: true, people: ['spanish'] },
  { code: 'PT', en: ['portugal'], alone: true, people: ['portuguese'] },
  { code: 'IT', en: ['italy'], native: { it: ['italia'] }, alone: true, people: ['italian'] },
  {
    code: 'NL',
    en: ['netherlands', 'the netherlands', 'holland'],
    native: { nl: ['nederland'] },
    alone: true,
    people: ['dutch'],
  },
  { code: 'BE', en: ['belgium'], alone: true, people: ['belgian'] },
  { code: 'CH', en: ['switzerland'], native: { de: ['schweiz'] }, alone: true, people: ['swiss'] },
  { code: 'AT', en: ['austria'], native: { de: ['österreich'] }, alone: true, people: ['austrian'] },
  { code: 'SE', en: ['sweden'], native: { sv: ['sverige'] }, alone: true, people: ['swedish'] },
  { code: 'NO', en: ['norway'], native: { no: ['norge'] }, alone: true, people: ['norwegian'] },
  { code: 'DK', en: ['denmark'], native: { da: ['danmark'] }, alone: true, people: ['danish'] },
  { code: 'FI', en: ['finland'], native: { fi: ['suomi'] }, alone: true, people: ['finnish'] },
  { code: 'PL', en: ['poland'], native: { pl: ['polska'] }, alone: true, people: ['polish'] },
  { code: 'CZ', en: ['czechia', 'czech republic'], alone: true, people: ['czech'] },
  { code: 'HU', en: ['hungary'], alone: true, people: ['hungarian'] },
  { code: 'RO', en: ['romania'], alone: true, people: ['romanian'] },
  { code: 'BG', en: ['bulgaria'], alone: true, people: ['bulgarian'] },
  { code: 'GR', en: ['greece'], alone: true, people: ['greek'] },
  { code: 'HR', en: ['croatia'], alone: true, people: ['croatian'] },
  { code: 'RS', en: ['serbia'], people: ['serbian'] },
  { code: 'SK', en: ['slovakia'], people: ['slovak'] },
  { code: 'SI', en: ['slovenia'], people: ['slovenian'] },
  { code: 'EE', en: ['estonia'], alone: true, people: ['estonian'] },
  { code: 'LV', en: ['latvia'], alone: true, people: ['latvian'] },
  { code: 'LT', en: ['lithuania'], alone: true, people: ['lithuanian'] },
  { code: 'UA', en: ['ukraine'], alone: true, people: ['ukrainian'] },
  { code: 'RU', en: ['russia', 'russian federation'], people: ['russian'] },
  { code: 'TR', en: ['turkey'], native: { tr: ['türkiye'] }, alone: true, people: ['turkish'] },
  { code: 'IL', en: ['israel'], alone: true, people: ['israeli'] },
  { code: 'AE', en: ['united arab emirates', 'uae'], alone: true, people: ['emirati'] },
  { code: 'SA', en: ['saudi arabia'], people: ['saudi'] },
  { code: 'QA', en: ['qatar'], people: ['qatari'] },
  { code: 'EG', en: ['egypt'], people: ['egyptian'] },
  { code: 'ZA', en: ['south africa'], alone: true, people: ['south african'] },
  { code: 'NG', en: ['nigeria'], alone: true, people: ['nigerian'] },
  { code: 'KE', en: ['kenya'], alone: true, people: ['kenyan'] },
  { code: 'MA', en: ['morocco'], people: ['moroccan'] },
  { code: 'IN', en: ['india'], alone: true, people: ['indian'] },
  { code: 'PK', en: ['pakistan'], people: ['pakistani'] },
  { code: 'BD', en: ['bangladesh'], people: ['bangladeshi'] },
  { code: 'LK', en: ['sri lanka'], people: ['sri lankan'] },
  { code: 'CN', en: ['china'], alone: true, people: ['chinese'] },
  { code: 'HK', en: ['hong kong'], alone: true },
  { code: 'TW', en: ['taiwan'], alone: true, people: ['taiwanese'] },
  { code: 'JP', en: ['japan'], alone: true, people: ['japanese'] },
  {
    code: 'KR',
    en: ['south korea', 'korea', 'korea republic of'],
    alone: true,
    people: ['korean', 'south korean'],
  },
  { code: 'SG', en: ['singapore'], alone: true, people: ['singaporean'] },
  { code: 'MY', en: ['malaysia'], alone: true, people: ['malaysian'] },
  { code: 'ID', en: ['indonesia'], alone: true, people: ['indonesian'] },
  { code: 'PH', en: ['philippines'], alone: true, people: ['filipino'] },
  { code: 'TH', en: ['thailand'], alone: true, people: ['thai'] },
  { code: 'VN', en: ['vietnam', 'viet nam'], alone: true, people: ['vietnamese'] },
  { code: 'AU', en: ['australia'], alone: true, alpha3: 'AUS', people: ['australian'] },
  { code: 'NZ', en: ['new zealand', 'nz'], alone: true, people: ['new zealander', 'new zealand'] },
  { code: 'MX', en: ['mexico'], native: { es: ['méxico'] }, alone: true, people: ['mexican'] },
  { code: 'BR', en: ['brazil'], native: { pt: ['brasil'] }, alone: true, people: ['brazilian'] },
  { code: 'AR', en: ['argentina'], alone: true, people: ['argentine', 'argentinian'] },
  { code: 'CL', en: ['chile'], alone: true, people: ['chilean'] },
  { code: 'CO', en: ['colombia'], alone: true, people: ['colombian'] },
  { code: 'PE', en: ['peru'], people: ['peruvian'] },
  { code: 'UY', en: ['uruguay'], people: ['uruguayan'] },
  { code: 'CR', en: ['costa rica'], people: ['costa rican'] },
  { code: 'LU', en: ['luxembourg'], people: ['luxembourgish'] },
  { code: 'IS', en: ['iceland'], people: ['icelandic'] },
  { code: 'CY', en: ['cyprus'], people: ['cypriot'] },
  { code: 'MT', en: ['malta'], people: ['maltese'] },
];

/** "UK" is not an ISO code, but postings write "London, UK"; it stands alone like one. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Areas wider than a country that postings name as a place ("Remote - EMEA", "Remote - Latin
 * America"). A place in one of them has no single country, so readers that need a country skip them;
 * "Latin America" must never read as its last word, a name of the US.
 */
export const AREAS: Readonly<Record<string, string[]>> = {
  EU: ['europe', 'eu', 'emea', 'european union'],
  LATAM: ['latin america', 'latam', 'south america', 'central america'],
  AMER: ['americas', 'the americas'],
  APAC: ['apac', 'asia pacific', 'asia-pacific'],
};

/** Codes of the wider areas, never a place's country. */
export const isAreaCode = (code: string) => code in AREAS;

/** Members of the European Union, whose citizens may work in any of them ("EU citizen"). */
export const EU_MEMBERS: readonly string[] =
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

/** The European Economic Area: the EU and the three EFTA states whose people share its labour market. */
export const EEA_MEMBERS: readonly string[] = [...EU_MEMBERS, 'IS', 'LI', 'NO'];

/** The Schengen area: the EU but Ireland and Cyprus, with Iceland, Liechtenstein, Norway and Switzerland. */
export const SCHENGEN_MEMBERS: readonly string[] = [
  ...EU_MEMBERS.filter((c) => c !== 'IE' && c !== 'CY'),
  'IS',
  'LI',
  'NO',
  'CH',
];

/**
 * "Europe" in a work-rights question: the EEA and Switzerland, whose people move freely between them.
 * The UK is left out: since 2021 its people need a permit there, as Europeans need one in the UK.
 */
export const EUROPE_WORK_AREA: readonly string[] = [...EEA_MEMBERS, 'CH'];

/**
 * Where a citizen of `country` may work without a permit: the whole European work area for a European's
 * citizen (free movement), the UK and Ireland for each other's (the Common Travel Area), Australia and New
 * Zealand for each other's (the Trans-Tasman arrangement); else the country alone.
 */
export function citizensWorkArea(country: string): readonly string[] {
  const pair = PAIRED_LABOUR_MARKETS[country];
  const own = EUROPE_WORK_AREA.includes(country) ? EUROPE_WORK_AREA : [country];
  return pair ? [...own, pair] : own;
}
/** Every country a person may work in: where they are authorized, and wherever their citizenships move freely. */
export function freeToWorkIn(
  authorized: readonly string[],
  citizenship: readonly string[] = [],
): Set<string> {
  return new Set([
    ...authorized.map((c) => c.toUpperCase()),
    ...citizenship.flatMap((c) => citizensWorkArea(c.toUpperCase())),
  ]);
}
const PAIRED_LABOUR_MARKETS: Readonly<Record<string, string>> = { GB: 'IE', IE: 'GB', AU: 'NZ', NZ: 'AU' };

/** The unions a text names by their people's shared rights ("EU citizen", "EU/EEA citizenship"), as countries. */
export function unionMembersIn(text: string): string[] {
  if (/\bEEA\b|\bEuropean Economic Area\b/i.test(text)) return [...EEA_MEMBERS];
  if (/\bEU\b|\bEuropean Union\b/i.test(text)) return [...EU_MEMBERS];
  return [];
}

/** Every name of a country (English, native, its parts), with the country's code. */
export function countryNames(): Array<[name: string, code: string]> {
  return COUNTRIES.flatMap((c) =>
    [...c.en, ...Object.values(c.native ?? {}).flat(), ...(c.parts ?? [])].map((n): [string, string] => [
      n,
      c.code,
    ]),
  );
}

/** What each country's people are called ("singaporean"), with the country's code. */
export function peopleNames(): Array<[people: string, code: string]> {
  return COUNTRIES.flatMap((c) => (c.people ?? []).map((n): [string, string] => [n, c.code]));
}

/** The people's names as one alternation, longest first ("new zealander" before "new zealand"). */
export const PEOPLE_WORDS = peopleNames()
  .map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join('|');
let peopleRe: RegExp | null = null;
let peopleCode: Map<string, string> | null = null;

/** The countries whose people a text names: "Indian citizen", "Singaporeans only" → IN, SG. */
export function peopleIn(text: string): string[] {
  peopleRe ??= new RegExp(`\\b(${PEOPLE_WORDS})s?\\b`, 'gi');
  peopleCode ??= new Map(peopleNames());
  return [...new Set([...text.matchAll(peopleRe)].map((m) => peopleCode!.get(m[1]!.toLowerCase())!))];
}
