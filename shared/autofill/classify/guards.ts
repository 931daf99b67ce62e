import type { FieldDescriptor, FieldType } from '../types.ts';

/** Checks on the control itself (not its wording) that rule a type out. */

/** Types whose value never fits a box of at most 4 characters (a phone number in an area-code box). */
export const LONG_VALUE_TYPES = new Set<FieldType>([
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'address_line1',
  'city',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website_url',
  'current_company',
  'current_title',
  'start_date',
  'how_did_you_hear',
]);

export function shortBox(field: FieldDescriptor): boolean {
  const max = Number(field.elements[0]?.getAttribute('maxlength') ?? '');
  return Number.isInteger(max) && max > 0 && max <= 4;
}

/** A picker showing a dialling code ("+1", "+44") is the phone's country code, not the phone. */
const DIAL_CODE = /^\+\s?\d{1,4}$/;
export function dialCodePicker(field: FieldDescriptor): boolean {
  const el = field.elements[0];
  if (field.kind !== 'combobox' || !el) return false;
  const shown = (el.tagName === 'BUTTON' ? el.textContent : field.currentValue) ?? '';
  return DIAL_CODE.test(shown.replace(/\s+/g, ' ').trim());
}
