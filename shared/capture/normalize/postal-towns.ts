/**
 * The town of a postal address whose postcode's shape names its country: a UK postcode ("Derby DE22 3FA"), a
 * Canadian one ("Lakefield, ON K0L 2H0") or a US state and ZIP code ("Scottsdale, AZ 85251"). One list, read at the
 * end of an address line beside the title (page-location.ts) and anywhere in a small employer's footer
 * (own-site-place.ts).
 */
const TOWN = String.raw`([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,3}?)`;
const POSTCODES: ReadonlyArray<{ after: string; country: string }> = [
  { after: String.raw`\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}`, country: 'United Kingdom' },
  {
    after: String.raw`(?:,?\s+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT))?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d`,
    country: 'Canada',
  },
  { after: String.raw`,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?`, country: 'United States' },
];

const compile = (lead: string, tail: string) =>
  POSTCODES.map(({ after, country }) => ({ re: new RegExp(`${lead}${TOWN}${after}${tail}`, 'u'), country }));
/** At the end of an address line, after a comma ("Kingsway Retail Park, Derby DE22 3FA"). */
const AT_END = compile(String.raw`,\s*`, '$');
/** Anywhere in a text, the first that reads as one. */
const ANYWHERE = compile('', String.raw`\b`);

/** "Derby, United Kingdom", "Lakefield, Canada", "Scottsdale, AZ": the town, with its country or US state. */
function townOf(text: string, patterns: typeof AT_END): string | null {
  for (const { re, country } of patterns) {
    const m = re.exec(text);
    if (m) return `${m[1]}, ${m[2] ?? country}`;
  }
  return null;
}

export const townAtEndOfAddress = (text: string) => townOf(text.trim(), AT_END);
export const townInText = (text: string) => townOf(text, ANYWHERE);
