/**
 * One box of a date split over Month / Day / Year boxes (Workday's spinbuttons, "MM" "DD" "YYYY"): which
 * part it takes, and the question the whole group asks. The classifier types the box by that question;
 * the planner writes only its part of the date.
 */
import type { FieldDescriptor } from '../types.ts';
import { nameWords, normalize } from './text.ts';

export type DatePart = 'month' | 'day' | 'year';

const PARTS: [DatePart, RegExp][] = [
  ['month', /^(month|mm|monat|mois|mes|mese|maand|miesiac)$/],
  ['day', /^(day|dd|tag|jour|dia|giorno|dag|dzien)$/],
  ['year', /^(year|yyyy|yy|jahr|annee|ano|anno|jaar|rok)$/],
];
/** An id or name that ends in the part (`dateSectionMonth-input`, `start_date_year`). */
const NAMED_PART = /\b(?:date ?section ?)?(month|day|year)(?: input)?$/;

export function datePart(field: FieldDescriptor): DatePart | null {
  if (field.kind !== 'text' && field.kind !== 'select') return null;
  const s = field.signals;
  for (const text of [s.label, s.placeholder].map(normalize))
    for (const [part, re] of PARTS) if (re.test(text)) return part;
  const named = NAMED_PART.exec(nameWords(s.name) || nameWords(s.id));
  return (named?.[1] as DatePart | undefined) ?? null;
}

/** The question a date part belongs to: its group's legend or label, else the text just before. */
export function dateQuestion(field: FieldDescriptor): string {
  return normalize(field.signals.group || field.signals.nearby.split(' | ')[0] || '');
}

const pad = (n: string) => n.padStart(2, '0');

/** The part of an ISO date (`2027-01-04`) a box takes, as people type it ("01", "04", "2027"). */
export function partOfDate(iso: string, part: DatePart): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return part === 'year' ? m[1]! : pad(part === 'month' ? m[2]! : m[3]!);
}
