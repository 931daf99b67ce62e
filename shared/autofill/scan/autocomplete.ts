import { clean } from './dom.ts';

/** Autocomplete tokens defined by the HTML standard; anything else (custom tokens) is ignored. */
const STANDARD_AUTOCOMPLETE = new Set(
  (
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username ' +
    'new-password current-password one-time-code organization-title organization street-address ' +
    'address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 ' +
    'country country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number ' +
    'cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday ' +
    'bday-day bday-month bday-year sex url photo tel tel-country-code tel-national tel-area-code tel-local ' +
    'tel-extension email impp'
  ).split(' '),
);

/** The standard field token of an autocomplete attribute ('' for off/on/custom). */
export function standardAutocomplete(el: Element): string {
  const tokens = clean(el.getAttribute('autocomplete')).toLowerCase().split(' ');
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] ?? '';
    if (STANDARD_AUTOCOMPLETE.has(t)) return t;
  }
  return '';
}
