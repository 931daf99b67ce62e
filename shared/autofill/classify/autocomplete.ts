import type { FieldType } from '../types.ts';

/** Standard autocomplete tokens → our taxonomy. Tokens absent here say nothing about the field. */
export const AUTOCOMPLETE_TYPES: Record<string, FieldType> = {
  'given-name': 'first_name',
  'family-name': 'last_name',
  name: 'full_name',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'street-address': 'address_line1',
  'address-line1': 'address_line1',
  'address-level2': 'city',
  'address-level1': 'state',
  'postal-code': 'postal_code',
  country: 'country',
  'country-name': 'country',
  organization: 'current_company',
  'organization-title': 'current_title',
  url: 'website_url',
  sex: 'gender',
};

const DEFER_TO_LABEL = new Set(['username', 'nickname', 'language', 'impp']);

/** The type for a standard token: ours, or "other" for standard tokens outside the taxonomy
 * (passwords, cards, birthdays, second address lines, phone parts…). */
export function autocompleteType(token: string): FieldType | null {
  // "username" often sits on an email box; these tokens leave the decision to the label
  if (!token || DEFER_TO_LABEL.has(token)) return null;
  return AUTOCOMPLETE_TYPES[token] ?? 'other';
}
