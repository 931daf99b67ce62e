import type { EmploymentType } from '../types.ts';
import { employmentTypeOfLines, parseEmploymentType } from './employment.ts';
import { datedTermInProse } from './employment-dated-term.ts';
import { partTimeHoursStated } from './employment-hours.ts';
import { projectTermInProse } from './employment-project-term.ts';
import {
  apprenticeEmployedInProse,
  contractorEngagementInProse,
  employmentTypeInProse,
  employmentTypeLine,
  fixedTermInProse,
  permanentJobInProse,
  placementProgrammeInProse,
  workingStudentInProse,
} from './employment-prose.ts';

/**
 * The type the description gives in a sentence ("This is a temporary, full-time position"), a status
 * line, or its own labelled line ("Employment: Full-time, Temporary (through April 30)").
 */
const statedInText = (text: string, type: EmploymentType): boolean =>
  employmentTypeInProse(text) === type ||
  employmentTypeLine(text) === type ||
  employmentTypeOfLines(text) === type;

/**
 * The text states full-time for the role and says nothing of part-time hours: no part-time wording,
 * no hours under a full week, no full-time equivalent or pro-rata share ("a 0.5 FTE position", "a
 * full-time equivalent salary paid pro rata" are part-time jobs measured against full time).
 */
const PART_TIME_WORDING =
  /\bpart[- ]?time\b|\bfull[- ]time[- ]equivalent\b|\bFTE\b|\bpro[- ]rata\b|\bjob[- ]share\b/i;
const fullTimeOnlyStated = (text: string): boolean =>
  // (in those words: "A permanent contract after one year" says nothing of the hours)
  /\bfull[- ]?time\b/i.test(text) &&
  statedInText(text, 'full_time') &&
  !partTimeHoursStated(text) &&
  !PART_TIME_WORDING.test(text.slice(0, 60_000));

/** The job itself stated as permanent ("This is a full-time, permanent role"). */
const PERMANENT_ROLE =
  /\bthis is an? (?:full[- ]time,? )?permanent(?:,? full[- ]time)? (?:role|position|post|job)\b/i;

/** An hours tag the description overrides, in this order, with the reason shown. */
const PROSE_OVERRIDES: Array<{
  tags: EmploymentType[];
  says: (text: string) => boolean;
  type: EmploymentType;
  detail: string;
}> = [
  // A "Full time" chip beside "a fixed-term contract for 12 months" is temporary.
  {
    tags: ['full_time', 'part_time'],
    says: fixedTermInProse,
    type: 'temporary',
    detail: 'a fixed-term contract in the description',
  },
  // A "Full-Time" chip on "this is a project hire … through substantial completion": the job ends
  // with the build, so its term is fixed.
  {
    tags: ['full_time', 'part_time'],
    says: projectTermInProse,
    type: 'temporary',
    detail: 'a job that ends with its project in the description',
  },
  // A "Full time" time type on "Peak-season hire: October 13 through January 9": the job has an end
  // date, so its term is fixed.
  {
    tags: ['full_time', 'part_time'],
    says: datedTermInProse,
    type: 'temporary',
    detail: 'a hire between two dates in the description',
  },
  // "Full-time" beside "This is a temporary, full-time position that runs through November" or a
  // "Temporary Full Time" status line: the hours are the temporary job's.
  {
    tags: ['full_time', 'part_time'],
    says: (t) => statedInText(t, 'temporary'),
    type: 'temporary',
    detail: 'a temporary position stated in the description',
  },
  // A "Contract" tag on a fixed-term contract of employment ("a specified purpose contract … on our
  // payroll") is a temporary employee's, unless the text engages a contractor.
  {
    tags: ['contract'],
    says: (t) => fixedTermInProse(t) && !contractorEngagementInProse(t),
    type: 'temporary',
    detail: 'a fixed-term contract of employment in the description',
  },
  // "Full-time" or "Part time" hours, or a "Temporary" tag, under an independent contractor
  // agreement (a locum engaged on a 1099, a bookkeeper invoicing for 15 hours a week): the
  // engagement is a contractor's, whatever the hours.
  {
    tags: ['full_time', 'part_time', 'temporary'],
    says: contractorEngagementInProse,
    type: 'contract',
    detail: 'a contractor engagement in the description',
  },
  // A placement year or returnship tagged "Full-time" (its hours) or a summer programme tagged
  // "Temporary" (its term): the job is a programme.
  {
    tags: ['full_time', 'temporary'],
    // (not beside "This is a full-time, permanent role": a graduate job's page may describe its summer
    // internship for students not yet graduating, capture130)
    says: (t) => placementProgrammeInProse(t) && !PERMANENT_ROLE.test(t.slice(0, 60_000)),
    type: 'internship',
    detail: 'a student placement, dual study or returnship in the description',
  },
  // "This is a 6-month, full-time internship" under a "Full time" tag or JSON-LD FULL_TIME: the
  // hours are the internship's; the job is the internship.
  {
    tags: ['full_time', 'part_time', 'temporary'],
    // An apprentice the text calls its employee is employed: the tag's hours stand.
    says: (t) => employmentTypeInProse(t) === 'internship' && !apprenticeEmployedInProse(t),
    type: 'internship',
    detail: 'an internship stated in the description',
  },
  // An "Intern" tag or JSON-LD INTERN beside "This is a Werkstudent (working student) position, not
  // an internship": a working student is employed part-time beside a degree.
  {
    tags: ['internship'],
    says: workingStudentInProse,
    type: 'part_time',
    detail: 'a working student post stated in the description',
  },
  // An "Apprenticeship" or "Internship" type beside "This is a full-time, permanent job from day one"
  // (the apprenticeship is the training alongside it): a permanent job is not a programme that ends.
  {
    tags: ['internship'],
    says: (t) => permanentJobInProse(t) && employmentTypeInProse(t) === 'full_time',
    type: 'full_time',
    detail: 'a permanent job stated in the description',
  },
  // "Permanent" read as full-time beside "This is a permanent, part-time role" or a "Regular
  // part-time" status line: the text gives the hours.
  {
    tags: ['full_time'],
    says: (t) => statedInText(t, 'part_time'),
    type: 'part_time',
    detail: 'part-time hours stated in the description',
  },
  // "Employment type: Regular" (open-ended, read as full-time) or a "Full-time" chip beside "Hours:
  // 20 per week": the weekly hours the text gives the job decide.
  {
    tags: ['full_time'],
    says: partTimeHoursStated,
    type: 'part_time',
    detail: 'part-time weekly hours stated in the description',
  }, // JSON-LD PART_TIME or a "Part time" chip beside "This is a permanent, full-time position (37
  // hours a week)": the sentence about the role decides, where the text gives no part-time hours.
  {
    tags: ['part_time'],
    says: fullTimeOnlyStated,
    type: 'full_time',
    detail: 'full-time hours stated in the description',
  },
];

/**
 * The type the description states where a tag (a chip, a type field, JSON-LD) said otherwise: the
 * first override in the table whose tag matches and whose wording the text has; null to keep the tag.
 */
export function typeTheTextStates(
  tag: EmploymentType,
  text: string,
): { type: EmploymentType; detail: string } | null {
  for (const o of PROSE_OVERRIDES)
    if (o.tags.includes(tag) && o.says(text)) return { type: o.type, detail: o.detail };
  return null;
}

/** Hours a tag or structured data may give in place of the engagement ("FULL_TIME" on a fixed term). */
const HOURS: readonly EmploymentType[] = ['full_time', 'part_time'];
/** Engagements that are more than hours: a term, a contractor's agreement, a programme. */
const ENGAGEMENTS: readonly EmploymentType[] = ['temporary', 'contract', 'internship'];

/**
 * A fact that names the hire an employee on a term ("Contract employee (契約社員)", "Fixed-term
 * employee", "Temporary staff"): on the employer's payroll, so a CONTRACTOR tag (an ATS's mapping of
 * the word "contract") gives way to it. A bare "Fixed term (6 months)" may be a contractor's, and
 * keeps the tag.
 */
const FIXED_TERM_EMPLOYEE = /\bemployee\b|\bstaff\b|社員|\bsalari[ée]e?\b|\bangestellte?r?\b/i;

/**
 * The engagement the page's own facts list gives ("Employment type: Fixed term (12 months)" beside
 * the posting), or the description's own labelled line ("Employment type: Internship (paid, 10
 * weeks)"), where structured data or a tag gave only hours (JSON-LD FULL_TIME): the visible fact
 * is the employer's wording, the data an ATS's mapping of it. Null to keep the tag.
 */
export function typeTheFactStates(
  tag: EmploymentType,
  fact: string,
  text = '',
): { type: EmploymentType; detail: string } | null {
  const type = fact ? parseEmploymentType(fact) : null;
  if (tag === 'contract' && type === 'temporary' && FIXED_TERM_EMPLOYEE.test(fact))
    return { type, detail: 'a fixed-term employee in the facts beside the posting' };
  if (!HOURS.includes(tag)) return null;
  if (type && ENGAGEMENTS.includes(type))
    return { type, detail: 'the engagement in the facts beside the posting' };
  const line = text ? employmentTypeOfLines(text) : null;
  if (line && ENGAGEMENTS.includes(line))
    return { type: line, detail: 'the engagement in a "Job type:" line' };
  return null;
}
