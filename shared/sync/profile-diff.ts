// What a device's profile lost when another device's later edit replaced it, field by field, so a person can
// see it and keep their own value. Pure: the extension stores the result and re-applies a kept value.
import type { Profile } from '../domain/profile.ts';

/** Profile fields a person edits, by path, with the label the Account tab shows. Groups are compared whole. */
export const PROFILE_FIELD_LABELS = {
  'contact.firstName': 'First name',
  'contact.lastName': 'Last name',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'links.linkedin': 'LinkedIn',
  'links.github': 'GitHub',
  'links.portfolio': 'Portfolio',
  'links.website': 'Website',
  'location.addressLine1': 'Address',
  'location.city': 'City',
  'location.region': 'Region',
  'location.postalCode': 'Postal code',
  'location.country': 'Country',
  'location.willingToRelocate': 'Willing to relocate',
  'location.relocateTo': 'Would relocate to',
  workAuthorization: 'Work authorization',
  requiresSponsorship: 'Requires sponsorship',
  citizenship: 'Citizenship',
  permanentResidence: 'Permanent residence',
  ruledOut: 'Not interested in',
  salaryExpectation: 'Salary expectation',
  targetTitles: 'Target titles',
  workTypes: 'Work types',
  industries: 'Industries',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Certifications',
  projects: 'Projects',
  'eeo.gender': 'Gender',
  'eeo.race': 'Race',
  'eeo.veteranStatus': 'Veteran status',
  'eeo.disabilityStatus': 'Disability status',
  earliestStartDate: 'Earliest start date',
  howDidYouHear: 'How did you hear',
  summary: 'Summary',
} as const;

export type ProfileFieldPath = keyof typeof PROFILE_FIELD_LABELS;
export const PROFILE_FIELD_PATHS = Object.keys(PROFILE_FIELD_LABELS) as ProfileFieldPath[];

export interface ReplacedField {
  path: ProfileFieldPath;
  label: string;
  /** This device's value that lost (undefined = it was empty). */
  mine: unknown;
  /** The value that won. */
  theirs: unknown;
  /** Edit times of the two profile versions. */
  mineEditedAt: string;
  theirsEditedAt: string;
}

type Row = Record<string, unknown>;

export function fieldValue(profile: Row, path: ProfileFieldPath): unknown {
  let value: unknown = profile;
  for (const key of path.split('.')) value = (value as Row | undefined)?.[key];
  return value;
}

/** A copy of `profile` with one field set (undefined clears it). */
export function withField<P extends Row>(profile: P, path: ProfileFieldPath, value: unknown): P {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) return { ...profile, [head]: value };
  const group = { ...((profile[head] as Row | undefined) ?? {}) };
  if (value === undefined) delete group[leaf];
  else group[leaf] = value;
  return { ...profile, [head]: group };
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
/** Key-order-insensitive equality for JSON values (profiles come back from the server re-serialized). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  ) ?? 'undefined';
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || canonical(a) === canonical(b);

/**
 * The fields of `mine` that `theirs` replaces. With `base` (the last version this device received from the
 * server), only fields this device changed since then count: a field it never touched was not its edit. With
 * no base, every field where this device had a value counts.
 */
export function replacedFields(
  mine: Profile | Row,
  theirs: Profile | Row,
  base?: Profile | Row,
): ReplacedField[] {
  const fields: ReplacedField[] = [];
  for (const path of PROFILE_FIELD_PATHS) {
    const mineValue = fieldValue(mine, path);
    const theirsValue = fieldValue(theirs, path);
    if (same(mineValue, theirsValue)) continue;
    if (base ? same(mineValue, fieldValue(base, path)) : isEmpty(mineValue)) continue;
    fields.push({
      path,
      label: PROFILE_FIELD_LABELS[path],
      mine: mineValue,
      theirs: theirsValue,
      mineEditedAt: String(mine.updatedAt),
      theirsEditedAt: String(theirs.updatedAt),
    });
  }
  return fields;
}

/** A short text for a value in the list ("+1 555 0100", "Go, Rust", "2 entries", "empty"). */
export function describeFieldValue(value: unknown): string {
  if (isEmpty(value)) return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === 'string')
      ? value.join(', ')
      : `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  if (typeof value === 'object') {
    const s = value as { min?: number | null; max?: number | null; currency?: string; period?: string };
    if ('currency' in s) return `${s.min ?? '…'}–${s.max ?? '…'} ${s.currency} per ${s.period}`;
    return JSON.stringify(value);
  }
  return String(value);
}
