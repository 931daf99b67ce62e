/**
 * Whose details a block asks for, read from the page's structure (`signals.block`, scan/block-text.ts): every box of a
 * fieldset, a named group, a container opening with a heading or a list table's row reads the block's title and intro,
 * not only its first box. The nearest block that names a subject decides ("Emergency contact" around a "Phone" group);
 * a later entry of a repeated block ("Address 2", a list table's second row under From / To / Employer / Position) or
 * one titled as past ("Previous (if less than 3 years)") is a past address or a past employer, as its boxes ask.
 * block-subject.ts reads the order of the boxes where the page gives no structure.
 */
import type { BlockLevel, ClassifiedField, FieldType } from '../types.ts';
import type { BlockReading } from './block-subject.ts';
import { questionLegend } from './question.ts';
import { normalize } from './text.ts';

/** Words naming the candidate ("Your email", "Applicant's phone", "Your details"): what they head is theirs. */
export const CANDIDATES_OWN = /\b(your|my)\b|\b(applicant|candidate)['’]?s?\b/;

/** A row or entry titled as an earlier one: "Previous", "Prior (if less than 3 years)", "Former", "The one before that". */
const PAST_TITLE =
  /^(previous|prior|former|past|earlier|preceding)\b|\bbefore (that|this|it)$|\b(less|fewer) than (\d+|one|two|three|four|five|six|seven|ten) years\b/;
/**
 * The job or home held now named beside a past one ("Current or previous", "Present or most recent employer"): the
 * block or entry may be today's, not a past one. block-subject.ts reads it on a block's words too.
 */
export const HELD_NOW = /\b(current|present|most recent|today|now)\b/;

const JOB = new Set<FieldType>(['current_company', 'current_title']);
const PLACE = new Set<FieldType>(['address_line1', 'city', 'state', 'postal_code']);

/** The key of a box's blocks: the boxes of one block share it (a row's column caption is each box's own). */
export function blockKey(levels: readonly BlockLevel[]): string {
  return levels.map((l) => `${l.from}|${l.title}|${l.intro}|${l.entry ?? ''}`).join(' < ');
}

const wordsOf = (l: BlockLevel) => [l.title, ...l.intro.split(' | ')].map(normalize).filter(Boolean);

/**
 * An earlier entry than the first of its list: a second row or repeated block, or a row or entry titled as past. (Only
 * an entry of a list: a section titled "Previous Employment" holds the current job's entry too, forms-dev43.)
 */
function pastEntry(l: BlockLevel): string {
  const title = normalize(l.title);
  if ((l.from !== 'table-row' && !l.entry) || HELD_NOW.test(title)) return '';
  if (PAST_TITLE.test(title)) return title;
  return (l.entry ?? 1) > 1 ? title || `entry ${l.entry}` : '';
}

/**
 * The subject the blocks around a box give it, nearest first: the first naming someone or somewhere else, else a past
 * entry, of the kind its boxes ask (a company or job title: a past employer; an address part: a past address). A
 * block titled as the candidate's ("Your details") is theirs, said `because` of its title, whatever its intro names. `read`
 * is block-subject.ts's reading of a block's words; `asked`: the types of the boxes sharing the block.
 */
export function structureReading(
  levels: readonly BlockLevel[],
  read: (words: string[]) => BlockReading,
  asked: ReadonlySet<FieldType>,
): BlockReading {
  for (const l of levels) {
    const reading = read(wordsOf(l));
    // ("Your details" over "We will contact your referees after the interview": the block is the candidate's)
    if (CANDIDATES_OWN.test(normalize(l.title)) && read([normalize(l.title)]).subject === 'candidate')
      return { subject: 'candidate', because: normalize(l.title) };
    if (reading.subject !== 'candidate') return reading;
  }
  const past = levels.map(pastEntry).find(Boolean);
  if (past && [...asked].some((t) => JOB.has(t))) return { subject: 'past-employer', because: past };
  if (past && [...asked].some((t) => PLACE.has(t))) return { subject: 'past-address', because: past };
  return { subject: 'candidate', because: '' };
}

/**
 * The types asked in each block, and in each list table over all its rows: a later row's boxes may have no caption
 * of their own (the column captions sit over the first row only), so the list's first row says what its rows ask.
 */
export function typesByBlock(
  fields: readonly ClassifiedField[],
): (levels: readonly BlockLevel[]) => Set<FieldType> {
  const byKey = new Map<string, Set<FieldType>>();
  const add = (key: string, type: FieldType) => byKey.set(key, (byKey.get(key) ?? new Set()).add(type));
  const tableKey = (levels: readonly BlockLevel[]) =>
    levels[0]?.from === 'table-row' ? `table: ${blockKey(levels.slice(1))}` : '';
  for (const f of fields) {
    const levels = f.field.signals.block;
    if (!levels?.length) continue;
    add(blockKey(levels), f.classification.type);
    if (tableKey(levels)) add(tableKey(levels), f.classification.type);
  }
  return (levels) =>
    new Set([...(byKey.get(blockKey(levels)) ?? []), ...(byKey.get(tableKey(levels)) ?? [])]);
}

/**
 * A start date asked inside one entry of a repeated list (the "Start Date" of "Experience 1", a list table's From
 * column): when that job, course or stay began, not when the candidate can start. An availability question is asked
 * once, never per entry.
 */
export function datesOfAnEntry(fields: readonly ClassifiedField[]): Map<ClassifiedField, string> {
  const out = new Map<ClassifiedField, string>();
  const ended = periodEntries(fields);
  for (const f of fields) {
    if (f.classification.type !== 'start_date') continue;
    const entry = f.field.signals.block?.find((l) => l.entry || l.from === 'table-row');
    if (entry) out.set(f, entry.title || `entry ${entry.entry ?? ''}`.trim());
    // A start beside an end in one block (Oracle's one open "Experience" entry) is a period's first day:
    // an availability has no end.
    else if (ended.has(entryKey(f))) out.set(f, entryTitle(f) || 'a period with an end date');
  }
  return out;
}

/** A period's last day ("End Date", "To", "Date left"). */
const END_DATE = /^(end|finish|leaving|to|until)( date)?$|^date (left|ended|to)$/;

/** What a box is captioned: its label, or in a list table's later rows (no label of their own) its column's caption. */
export const captionOf = (f: ClassifiedField): string =>
  normalize(f.field.signals.label) ||
  normalize(f.field.signals.block?.find((l) => l.from === 'table-row')?.column ?? '');

/** The entries that ask when a period ended: a job's, a course's. */
const periodEntries = (fields: readonly ClassifiedField[]) =>
  blocksWith(fields, (f) => END_DATE.test(captionOf(f)));

/** A box naming a school ("School", "College / University", "Institution name"): its entry is a course's. */
const SCHOOL = /^(name of )?(school|college|university|institution|college \/ university)( name| attended)?$/;

/** The blocks a box's entry is drawn with: not a date's own fieldset (GOV.UK's Month and Year under "Start date"), one question. */
function entryLevels(f: ClassifiedField) {
  const legend = questionLegend(f.field);
  return f.field.signals.block?.filter(
    (l) => !(l.from === 'fieldset' && legend && normalize(l.title) === legend),
  );
}

/** What an entry is called on the page: its block's title, else the heading over it. */
const entryTitle = (f: ClassifiedField) => entryLevels(f)?.[0]?.title || f.field.signals.heading;

/** The keys of the blocks holding a box that `has`. */
function blocksWith(fields: readonly ClassifiedField[], has: (f: ClassifiedField) => boolean): Set<string> {
  return new Set(fields.filter((f) => entryKey(f) && has(f)).map(entryKey));
}

/** A heading over a job's entry ("Current / Most Recent Employer", "Employment History"). */
const JOB_HEADING = /\b(employ\w*|work|experience|job|position|career|role)\b/i;
/** The whole form's heading ("Apply for this position", "Employment Application"), over every box: no one entry. */
const WHOLE_FORM_HEADING = /\bappl(y|ication)\b/i;

/**
 * The entry a box belongs to: its drawn block, else the heading over it when that heading is about jobs (a repeated
 * entry drawn only as a heading and its rows, HealthcareSource's "Current / Most Recent Employer"); '' for neither.
 */
function entryKey(f: ClassifiedField): string {
  const levels = entryLevels(f);
  // (a list table's rows are one list: the first row's captions and its current job say what every row asks)
  if (levels?.[0]?.from === 'table-row') return `table: ${blockKey(levels.slice(1))}`;
  if (levels?.length) return blockKey(levels);
  const heading = f.field.signals.heading;
  return heading && JOB_HEADING.test(heading) && !WHOLE_FORM_HEADING.test(heading)
    ? `heading: ${heading}`
    : '';
}

/**
 * An address part in a job's entry (the "City" of the block that asks Employer Name, Job Title, Start and End
 * Date) or a school's (the "City" beside "School" in a Degrees table, forms-dev92 PeopleSoft): where that employer or
 * school is, not where the candidate lives, even for the job held now.
 */
export function placesOfAnEntry(
  fields: readonly ClassifiedField[],
): Map<ClassifiedField, { entry: string; place: 'employer' | 'school' }> {
  const jobs = blocksWith(fields, (f) => JOB.has(f.classification.type));
  const periods = periodEntries(fields);
  const schools = blocksWith(fields, (f) => SCHOOL.test(captionOf(f)));
  const out = new Map<ClassifiedField, { entry: string; place: 'employer' | 'school' }>();
  for (const f of fields) {
    const key = entryKey(f);
    if (!PLACE.has(f.classification.type) || !key) continue;
    const entry = entryTitle(f) || 'an entry of a list';
    if (schools.has(key)) out.set(f, { entry, place: 'school' });
    else if (jobs.has(key) && periods.has(key)) out.set(f, { entry, place: 'employer' });
  }
  return out;
}

/** A bare caption for when a job began ("Start Date", "From", "Date of hire"), not for when the candidate can start. */
const BARE_START = /^(start|starting|from|date started|date of hire|hire date)( date)?$/;
/** A bare caption for the pay in a job ("Salary", "Pay rate", "Wage"), not for the pay asked. */
const BARE_PAY = /^(salary|pay|wages?|pay rate|rate of pay|hourly rate|salary \/ wage|compensation)$/;
const JOB_DETAIL = { website_url: 'website', start_date: 'start', salary_expectation: 'pay' } as const;
/** Which of a job entry's own details a box asks. */
export type JobDetail = (typeof JOB_DETAIL)[keyof typeof JOB_DETAIL];
/** A title naming one employer's entry ("Current / Most Recent Employer", "Current Employment"). */
const EMPLOYER_TITLE = /\b(employer|employment)\b|\b(current|present|most recent) (role|job|position)\b/;
/**
 * One job's entry: drawn as an entry of a list, or titled as an employer's. Not a whole form that names the current
 * employer ("Apply for this job" over "Current company" and the person's own "Website").
 */
const oneJob = (f: ClassifiedField) =>
  !!f.field.signals.block?.some((l) => l.entry || l.from === 'table-row') ||
  EMPLOYER_TITLE.test(normalize(entryTitle(f)));

/**
 * A job entry's own details under bare captions (the "Website", "Start Date" and "Salary" of the block that names the
 * employer, forms-dev91 iCIMS and Gravity Forms): that employer's site, when that job began, the pay there. `elsewhere`:
 * boxes of blocks about someone or something else (the job applied for's "Company" names no job of the candidate's).
 */
export function detailsOfAJob(
  fields: readonly ClassifiedField[],
  elsewhere: ReadonlySet<ClassifiedField>,
): Map<ClassifiedField, { entry: string; detail: JobDetail }> {
  const jobs = blocksWith(fields, (f) => JOB.has(f.classification.type) && !elsewhere.has(f));
  const out = new Map<ClassifiedField, { entry: string; detail: JobDetail }>();
  for (const f of fields) {
    const type = f.classification.type;
    if (!(type in JOB_DETAIL) || !jobs.has(entryKey(f)) || !oneJob(f)) continue;
    const caption = captionOf(f);
    if (type === 'start_date' && !BARE_START.test(caption) && !BARE_START.test(questionLegend(f.field)))
      continue;
    if (type === 'salary_expectation' && !BARE_PAY.test(caption)) continue;
    out.set(f, {
      entry: entryTitle(f) || 'a job entry',
      detail: JOB_DETAIL[type as keyof typeof JOB_DETAIL],
    });
  }
  return out;
}
