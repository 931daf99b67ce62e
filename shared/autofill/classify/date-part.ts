/**
 * One box of a date split over Month / Day / Year boxes (Workday's spinbuttons, "MM" "DD" "YYYY"): which
 * part it takes, and the question the whole group asks. The classifier types the box by that question;
 * the planner writes only its part of the date.
 */
import type { Classification, ClassifiedField, FieldDescriptor } from '../types.ts';
import { questionLegend, type SignalTexts } from './question.ts';
import { RULES } from './rules.ts';
import { nameWords, normalize, pattern } from './text.ts';
import { vetoed } from './vetoes.ts';

export type DatePart = 'month' | 'day' | 'year';

const PARTS: [DatePart, RegExp][] = [
  ['month', /^(month|mm|monat|mois|mes|mese|maand|miesiac)$/],
  ['day', /^(day|dd|tag|jour|dia|giorno|dag|dzien)$/],
  ['year', /^(year|yyyy|yy|jahr|annee|ano|anno|jaar|rok)$/],
];
/** An id or name that ends in the part (`dateSectionMonth-input`, `start_date_year`). */
const NAMED_PART = /\b(?:date ?section ?)?(month|day|year)(?: input)?$/;

/** Kinds a date part comes in: Jotform and others type their Day / Month / Year boxes `tel` for the keypad. */
const PART_KINDS = new Set(['text', 'select', 'tel', 'number']);

/** A compound widget's label joins the question and the part's caption ("Start date Day | Day"). */
const partCaptions = (label: string) => label.split(' | ').map(normalize);

export function datePart(field: FieldDescriptor): DatePart | null {
  if (!PART_KINDS.has(field.kind)) return null;
  const s = field.signals;
  for (const text of [...partCaptions(s.label), normalize(s.placeholder)])
    for (const [part, re] of PARTS) if (re.test(text)) return part;
  const named = NAMED_PART.exec(nameWords(s.name) || nameWords(s.id));
  return (named?.[1] as DatePart | undefined) ?? null;
}

/**
 * The texts that may state a date part's question, nearest first: its group's legend (not a section's title,
 * "Job-Specific Questions"), the question it is described by (iCIMS points the Month / Day / Year selects'
 * aria-describedby at it), else the text just before.
 */
function questionCandidates(field: FieldDescriptor): string[] {
  const s = field.signals;
  const texts = [questionLegend(field), normalize(s.description), normalize(s.nearby.split(' | ')[0] ?? '')];
  const found = texts.filter(Boolean);
  if (found.length) return found;
  // no legend or text before: the label's words before the part's caption ("Start date Day" → "start date")
  const captioned = partCaptions(s.label).find((p) => /\s/.test(p));
  return [(captioned ?? '').replace(/\s+\S+$/, '')];
}

const START_DATE = RULES.find((r) => r.type === 'start_date')!;
const asksStart = (text: string) => START_DATE.positive.some((p) => pattern(p.re).test(text));

/** The question a date part belongs to: the first candidate asking when the person can start, else the nearest. */
export function dateQuestion(field: FieldDescriptor): string {
  // A group captioned as another date ("Date of birth") is that date, whatever its help says of the start
  // ("We ask this only to check you will be 18 or over on your start date", Oleeo, forms-dev69).
  const legend = questionLegend(field);
  if (legend && OTHER_DATE.test(legend) && !asksStart(legend)) return legend;
  const candidates = questionCandidates(field);
  return candidates.find(asksStart) ?? candidates[0]!;
}

/** A date that is not when the person can start: a birth, a signature, a licence's issue or expiry, a graduation. */
const OTHER_DATE = /\b(birth|born|dob|signed|signature|expir\w*|issued?|graduat\w*|completion|leaving)\b/;

/**
 * One box of a Month / Day / Year date: the start date's part when its group asks when the person can
 * start, else "other" (a birth, signature or past job's date), whatever block its id names
 * (`selfIdentifiedDisabilityData--dateSignedOn-dateSectionDay-input` is a date, not the disability answer);
 * null for a box that is not a date part.
 */
export function datePartType(field: FieldDescriptor, texts: SignalTexts): Classification | null {
  const part = datePart(field);
  if (!part) return null;
  const question = dateQuestion(field);
  // a past job's "Start date: Month / Year" is history, not when the person can start
  if (!asksStart(question) || vetoed(START_DATE, field, texts))
    return {
      type: 'other',
      confidence: 0.5,
      source: 'rules',
      reason: `the ${part} of a date, not the start date`,
    };
  return {
    type: 'start_date',
    confidence: 0.8,
    source: 'rules',
    reason: `the ${part} of "${question.slice(0, 60)}"`,
    evidence: { signal: 'group', text: question.slice(0, 80) },
  };
}

/**
 * The later boxes of a split start date ("What date can you start?" then Month / Day / Year selects): only the first
 * box reaches the question (the text before the Day box ends at the Month box), so a part with no question of its own,
 * beside a start-date part in the same row, is a part of that start date.
 */
export function laterPartsOfStartDate(fields: ClassifiedField[]): ClassifiedField[] {
  const later: ClassifiedField[] = [];
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i]!;
    const before = fields[i - 1]!;
    // (the Year box follows the Day box, itself found here a moment ago)
    const beforeIsStart = before.classification.type === 'start_date' || later.includes(before);
    if (f.classification.type !== 'other' || !beforeIsStart) continue;
    if (!datePart(f.field) || !datePart(before.field) || dateQuestion(f.field)) continue;
    const row = f.field.elements[0]?.parentElement;
    if (row && row === before.field.elements[0]?.parentElement) later.push(f);
  }
  return later;
}

const pad = (n: string) => n.padStart(2, '0');

/** The part of an ISO date (`2027-01-04`) a box takes, as people type it ("01", "04", "2027"). */
export function partOfDate(iso: string, part: DatePart): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return part === 'year' ? m[1]! : pad(part === 'month' ? m[2]! : m[3]!);
}
