/**
 * Job titles: seniority level and role family, so "Senior Backend Engineer (Go)" compares with
 * "Software Engineer" as the same kind of job, and a junior role reads as a step down for a
 * senior person. Families are coarse on purpose; skills do the fine-grained matching.
 */
import { withoutGrades } from './grade-band.ts';
import { sentencesOf } from './sentences.ts';
import { SCHOOL_HEAD } from './title-families.ts';
import { spellOut } from './title-likeness.ts';

export const LEVEL_NAMES = ['intern', 'junior', 'mid-level', 'senior', 'staff/lead', 'principal/director'];

/**
 * A grade printed as a number after the role, as Roman numerals are ("SDE-2, Backend", "Engineer 1 (MTS-1)"):
 * the last thing in the title or before a bracket or comma, so "Level 3 Support" and "Windows 10" are not grades.
 */
function gradeNumber(n: number): RegExp {
  return new RegExp(`(?<=\\p{L}[\\s-])${n}(?=\\s*(?:$|[(),/|]))`, 'u');
}

/** An associate, assistant or deputy manager stands in for the manager, a level below the role. */
export const STANDS_IN = /\b(?:associate|assistant|deputy)\s+(?:[\w-]+\s+){0,3}manager\b/i;

const LEVEL_WORDS: Array<[number, RegExp]> = [
  // Middle leadership: the head of a school subject, year group, ward or unit leads peers, a level
  // above them; "Head of Engineering" runs a function and stays at director level.
  [4, SCHOOL_HEAD],
  [3, STANDS_IN],
  [4, /\bhead of (?:the )?(?:ward|unit|section|shift)\b/i],
  // Whoever has charge of a ward or a shift leads its nurses, "Senior Charge Nurse" included.
  [4, /\b(?:charge nurse|ward (?:sister|manager))\b/i],
  [5, /\b(principal|director|head of|vp|vice president|chief|c[tefo]o)\b/i],
  // "Staff Engineer" is a level; the staff a "Member of Technical Staff" belongs to is not, nor is a
  // "Staff Nurse", "Staff RN" or "Staff Accountant": there it names the regular post, not a rung above; nor
  // California's "Staff Services Analyst / Manager", a classification named for staff services.
  [
    4,
    /\b(lead|leader|architect|distinguished)\b|(?<!\bof\s+(?:[\w-]+\s+)?)\bstaff\b(?!\s+(?:[\w-]+\s+)?(?:nurse|rn|lpn|pharmacist|accountant|auditor|therapist|physiotherapist|physician|psychologist|social worker|writer|attorney|technologist|dietitian|counsel+or|chaplain|midwife|paramedic|services?)s?\b)/i,
  ],
  // "Semi-Senior" (Latin America's "SSr") sits between junior and senior.
  [2, /\bsemi[- ]?senior\b|\bssr\b/i],
  [3, /\b(senior|sr\.?|iii|expert)\b/i],
  [3, gradeNumber(3)],
  [2, /\b(ii|mid[- ]level|intermediate)\b/i],
  [2, gradeNumber(2)],
  // "Analyst I", but not the I of "UK&I" or "I/O". A "fresher" is a new graduate in Indian English.
  [
    1,
    /\b(junior|jr\.?|entry[- ]level|graduate|new grad|fresher|trainee|apprentice)\b|(?<![&/.])\bi\b(?![&/.'’])/i,
  ],
  [1, gradeNumber(1)],
  [0, /\b(intern|internship|co-?op|student)\b/i],
];
/**
 * The second rung of an employer's numbered ladder ("Payroll Specialist II", "CT Technologist II",
 * "Engineer 2 (Backend)"): a grade after the role, as gradeNumber reads one.
 */
export const MID_RUNG = /(?<=\p{L}[\s-])(?:ii|2)(?=\s*(?:$|[(),/|]))/iu;
const MANAGER = /\b(manager|management|head of|director|supervisor|vp)\b/i;

/** Ladder levels as big employers print them: L3 entry, L4 mid, L5 senior, L6 staff, L7 principal. */
const LADDER = /\b(?:L|IC)([3-7])\b/;
/**
 * NHS Agenda for Change bands: Band 5 a staff nurse, 6 senior, 7 charge nurse or specialist, 8a and up
 * a lead nurse or matron. The band is the grade, whatever words the title adds ("Senior ... (Band 7)").
 */
const NHS_BAND = /\bband\s*([4-9])(?:[a-d]\b|\b)/i;

/**
 * The signed step from the nearest level the person would take to the posting's (0: one of theirs, or
 * the next rung of their ladder, `nextRung`).
 */
export function levelStep(
  jobLevel: number,
  aimLevels: readonly number[],
  nextRung: number | null = null,
): number {
  if (jobLevel === nextRung) return 0;
  // Someone who would take a senior role or a head-of role would take the lead role between them.
  if (aimLevels.length > 1 && jobLevel > Math.min(...aimLevels) && jobLevel < Math.max(...aimLevels))
    return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const l of aimLevels) if (Math.abs(jobLevel - l) < Math.abs(best)) best = jobLevel - l;
  return Number.isFinite(best) ? best : 0;
}

/**
 * A grade after a people manager's title ("Software Engineering Manager II", "Nurse Manager 2") is a
 * rung of the manager ladder, not an individual contributor's level: "II" there is no mid-level post.
 */
const MANAGER_GRADE = /(?<=\p{L}[\s-])(?:i{1,3}|iv|[1-4])(?=\s*(?:$|[(),/|]))/giu;

export function levelWord(named: string): number | null {
  const graded = withoutGrades(named);
  const title = isManagerTitle(graded) ? graded.replace(MANAGER_GRADE, '') : graded;
  const ladder = LADDER.exec(title);
  if (ladder) return Number(ladder[1]) - 2;
  const band = NHS_BAND.exec(title);
  if (band) return Math.min(5, Math.max(1, Number(band[1]) - 3));
  for (const [level, re] of LEVEL_WORDS) if (re.test(title)) return level;
  return null;
}

/** The staff/lead level: the first that leads others. */
const LEAD = 4;

export const levelFromYears = (years: number) => (years < 2 ? 1 : years < 5 ? 2 : years < 9 ? 3 : 4);

/** Level a posting asks for: its title's words, else its years ("0-2 years" = junior, "8+" = staff). */
export function seniorityOf(
  title: string,
  minYears: number | null,
  maxYears: number | null,
  text = '',
): number {
  const word = levelWord(title);
  if (word !== null) return word;
  // A people manager ("Nurse Manager", "Engineering Manager") leads a team whatever the years asked.
  if (isManagerTitle(title)) return LEAD;
  // "0-2 years", "1 to 3 years": a junior post; a ceiling of three is still below mid-level's usual 3-5.
  if (maxYears !== null && maxYears <= 3) return 1;
  if (saysEntryLevel(text)) return 1;
  if (minYears !== null) return Math.min(4, levelFromYears(minYears + 1));
  return 2;
}

/** A rung of a numbered ladder: "Scientist I", "Engineer III". */
const RUNG = /\b[A-Z][a-z]+ (?:I{1,3}|IV|V)\b/g;
/**
 * "Entry-level" said of this post, not of the ladder it sits on: "our Scientist I is an entry-level role
 * and Scientist IV is staff" describes the rungs (two of them named, or the ladder), and the post is
 * another one.
 */
export const saysEntryLevel = (text: string) =>
  sentencesOf(text).some(
    (s) => /\bentry[- ]level\b/i.test(s) && !/\bladder\b/i.test(s) && (s.match(RUNG)?.length ?? 0) < 2,
  );

/** Level a person works at: their latest title's words, nudged up by years. */
export function personLevel(latestTitle: string | undefined, years: number): number {
  const fromYears = levelFromYears(years);
  const word = latestTitle ? levelWord(latestTitle) : null;
  if (word === null) return fromYears;
  return fromYears >= word + 2 ? word + 1 : word;
}

export const isManagerTitle = (raw: string) => {
  const title = spellOut(raw);
  return (
    MANAGER.test(title) &&
    // A school's middle leader still teaches most of a timetable: a lead role, not a move into management.
    !SCHOOL_HEAD.test(title) &&
    // A manager of a thing, not of people: a territory manager sells in their own patch, as an account
    // manager looks after accounts.
    !/\b(account|customer success|product|project|program|case|marketing|digital marketing|territory)\s+manager\b/i.test(
      title,
    )
  );
};

/**
 * A management post, not a deputy's: an assistant or associate manager stands in for the manager at a
 * senior level (STANDS_IN), which an individual contributor's career reaches too.
 */
export const managesPeople = (title: string) => isManagerTitle(title) && !STANDS_IN.test(title);

/** "Engineering Lead", "Team Leader": a title that may give the role a team, manager or not. */
export const isLeadTitle = (raw: string) =>
  isManagerTitle(raw) || SCHOOL_HEAD.test(raw) || /\blead(?:er)?\b/i.test(raw);
