/**
 * The grades a teacher teaches are her specialty within teaching, as iOS is within engineering: a
 * Kindergarten-to-Grade-2 teacher is not a Grade 5/6 teacher, and neither is a secondary one. One
 * reader of the band a title names, in the ways schools write it ("Grade 4/5", "K-3", "Kindergarten
 * to Grade 3", "Grades 8-12", "Division I", "Year 2", "KS1", "primary", "secondary"), as a span of
 * North American grades (Kindergarten = 0; an English Year N is Grade N-1).
 */
import { familiesOf, SCHOOL_HEAD } from './title-families.ts';

export interface GradeBand {
  lo: number;
  hi: number;
}

const NUM = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const JOIN = String.raw`\s*(?:-|–|/|to|through|and|&)\s*`;
/** Spans a word stands for. "Primary" is the North American primary grades (K-3); "secondary" sits
 * between the UK's Year 7 and Canada's Grade 8 starts. */
const NAMED: Array<[RegExp, number, number]> = [
  [/\bprimary\b/i, 0, 3],
  [/\bintermediate\b/i, 4, 7],
  [/\belementary\b/i, 0, 5],
  [/\bmiddle (?:school|years)\b/i, 6, 8],
  [/\bjunior high\b/i, 7, 9],
  [/\bsecondary\b/i, 7, 12],
  [/\bhigh school\b/i, 9, 12],
  [/\bsixth form\b/i, 11, 12],
  [/\bdiv(?:ision)?\.?\s*(?:i|1)\b/i, 0, 3],
  [/\bdiv(?:ision)?\.?\s*(?:ii|2)\b/i, 4, 6],
  [/\bdiv(?:ision)?\.?\s*(?:iii|3)\b/i, 7, 9],
  [/\bdiv(?:ision)?\.?\s*(?:iv|4)\b/i, 10, 12],
  [/\b(?:ks|key stage)\s?1\b/i, 0, 1],
  [/\b(?:ks|key stage)\s?2\b/i, 2, 5],
  [/\b(?:ks|key stage)\s?3\b/i, 6, 8],
  [/\b(?:ks|key stage)\s?4\b/i, 9, 10],
];
/** "Grade 2", "Grades 1-5", "Grade 4/5", "Grades 4 to 9". */
const GRADES = new RegExp(String.raw`\bgr(?:ades?|\.)?\s*${NUM}(?:${JOIN}(?:grade\s*)?${NUM})?`, 'gi');
/** "fifth grade" is rare in a title; "5th grade" is not. */
const NTH_GRADE = /\b(\d{1,2})(?:st|nd|rd|th)\s+grade\b/gi;
/** "Kindergarten", "K/1", "K-3", "Kindergarten to Grade 3", "Reception". */
const KINDERGARTEN = new RegExp(
  String.raw`\b(?:kindergarten|reception)\b(?:${JOIN}(?:grade\s*)?${NUM})?|\bK(?=\s*[-–/]\s*\d)(?:${JOIN}${NUM})`,
  'gi',
);
/** An English year group: "Year 2", "Years 3-4" (Year 1 is Kindergarten's age). */
const YEARS = new RegExp(String.raw`\byears?\s+(\d{1,2})\b(?:${JOIN}(\d{1,2})\b)?`, 'gi');

/** The span of grades a title names, or null when it names none. */
export function gradeBandOf(text: string): GradeBand | null {
  const grades: number[] = [];
  const add = (...values: Array<string | undefined>) => {
    for (const v of values) if (v !== undefined && Number(v) <= 12) grades.push(Number(v));
  };
  for (const m of text.matchAll(GRADES)) add(m[1], m[2]);
  for (const m of text.matchAll(NTH_GRADE)) add(m[1]);
  for (const m of text.matchAll(KINDERGARTEN)) add('0', m[1], m[2]);
  for (const m of text.matchAll(YEARS))
    for (const y of [m[1], m[2]]) if (y && Number(y) >= 1 && Number(y) <= 13) add(String(Number(y) - 1));
  for (const [re, lo, hi] of NAMED) if (re.test(text)) grades.push(lo, hi);
  return grades.length ? { lo: Math.min(...grades), hi: Math.max(...grades) } : null;
}

/**
 * A teaching title with the grades it names taken out: "Division I", "Grade 3" or "Intermediate" are
 * the class taught, not a junior, senior or mid-level role.
 */
export function withoutGrades(title: string): string {
  // "Head of Year 9" leads that year group: the year is what makes it a school's middle leader.
  if (!postingBand(title) || SCHOOL_HEAD.test(title)) return title;
  let out = title;
  for (const re of GRADE_WORDS) out = out.replace(re, ' ');
  return out;
}
/** Every way of naming grades, each to take out wherever it stands. */
const GRADE_WORDS = [GRADES, NTH_GRADE, KINDERGARTEN, YEARS, ...NAMED.map(([r]) => r)].map(
  (re) => new RegExp(re.source, 'gi'),
);

/** The grades spanned by several titles together, or null when none names any. */
export function unionOf(bands: Array<GradeBand | null>): GradeBand | null {
  const known = bands.filter((b): b is GradeBand => b !== null);
  if (!known.length) return null;
  return { lo: Math.min(...known.map((b) => b.lo)), hi: Math.max(...known.map((b) => b.hi)) };
}

/** Grades between two bands; 0 when they meet or overlap. */
export function gradesApart(a: GradeBand, b: GradeBand): number {
  return Math.max(0, b.lo - a.hi, a.lo - b.hi);
}

export const bandName = (b: GradeBand) => {
  const g = (n: number) => (n === 0 ? 'K' : String(n));
  return b.lo === b.hi ? (b.lo === 0 ? 'Kindergarten' : `Grade ${b.lo}`) : `${g(b.lo)}-${g(b.hi)}`;
};

const teaches = (title: string) => familiesOf(title).some((f) => f.startsWith('education'));

/** The band a teaching post's title names; null for other work or a title that names none. */
export function postingBand(title: string): GradeBand | null {
  return teaches(title) ? gradeBandOf(title) : null;
}

/**
 * The grades a person teaches: those their target titles ask for, else those of the classes they
 * have taught. A roster that spans a school ("Substitute Teacher, K-6") says where they were sent,
 * not what they teach, so it counts only when no class is named.
 */
export function personBand(targetTitles: string[], pastTitles: string[]): GradeBand | null {
  const asked = unionOf(targetTitles.filter(teaches).map(gradeBandOf));
  if (asked) return asked;
  const taught = pastTitles
    .filter(teaches)
    .map(gradeBandOf)
    .filter((b): b is GradeBand => b !== null);
  const classes = taught.filter((b) => b.hi - b.lo <= CLASS_SPAN);
  return unionOf(classes.length ? classes : taught);
}
/** The widest span that is still one class or one stage (a K/1 split, "Division I", "primary"). */
const CLASS_SPAN = 3;
