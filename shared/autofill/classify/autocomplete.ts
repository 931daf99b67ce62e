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
  // present but never ours to fill: codes, passwords, cards, birthdays
  'one-time-code': 'other',
  'new-password': 'other',
  'current-password': 'other',
  'tel-country-code': 'other',
  bday: 'other',
};
