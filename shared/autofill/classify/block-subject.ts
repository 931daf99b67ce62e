/**
 * Whose details a block of boxes asks for, read once per block. Where the page draws the block (a fieldset, a named
 * group, a container opening with a heading, a list table's row), every box of it carries the block's title and intro
 * (`signals.block`, scan/block-text.ts) and block-structure.ts reads them: that reading holds for each of its boxes.
 * Where the page draws nothing (a title that is no heading element, the intro or help sentence under it: "In case of
 * emergency", then "We keep one contact on file."), the block is that text and every box after it up to the next box
 * with words of its own beyond its caption: only the block's first box sees those words in its `nearby` text, so a
 * bare "City / Town" or a placeholder-only phone further down inherits the subject its block was given (forms-dev49,
 * Workday "Addresses in the last 5 years"; SmartRecruiters emergency contact). Either way a box whose own caption names
 * the candidate ("Your email") stays theirs.
 *
 * The phrases are the rules' (THIRD_PARTY_BLOCK, RELATION_BLOCK, PAST_EMPLOYER, ADDRESS_HISTORY in rules/shared.ts),
 * read on the block's text. A box captioned as a past street opens a past address's block of its own, scoping the
 * address parts right after it. A past employer's block is named as past ("Previous employer", "Employer before
 * that"), not by a history's title: "Work History" heads the job held now too ("Present or most recent employer",
 * forms-dev47).
 */
import type { BlockLevel, ClassifiedField, FieldType } from '../types.ts';
import { blockKey, CANDIDATES_OWN, HELD_NOW, structureReading, typesByBlock } from './block-structure.ts';
import { questionLegend, signalTexts } from './question.ts';
import { ADDRESS_HISTORY, PAST_EMPLOYER, RELATION_BLOCK, THIRD_PARTY_BLOCK } from './rules/shared.ts';
import { normalize, pattern } from './text.ts';
import { OWN_DETAILS, OWN_SECTION, SIGNING } from './vetoes.ts';

export type Subject = 'candidate' | 'another-person' | 'past-address' | 'past-employer' | 'the-job';

export interface BlockReading {
  subject: Subject;
  /** The block's words that decided it. */
  because: string;
  /** Opened by a box's own caption ("Previous street address"), not by the block's title. */
  byCaption?: boolean;
}

/** What a box inheriting each subject cannot be. */
const NOT_THE_CANDIDATES: Record<Exclude<Subject, 'candidate'>, ReadonlySet<FieldType>> = {
  // (a referee's bare "Job title" and "Company" are where they work, not where the candidate does)
  'another-person': new Set([
    'full_name',
    'first_name',
    'last_name',
    'email',
    'phone',
    'current_company',
    'current_title',
  ]),
  'past-address': new Set(['address_line1', 'city', 'state', 'postal_code', 'country']),
  // (the posting's own employer, title and branch, shown or picked in a block about the job applied for)
  'the-job': new Set([
    'current_company',
    'current_title',
    'address_line1',
    'city',
    'state',
    'postal_code',
    'country',
  ]),
  // (a past employer's company, the title held there, and its switchboard and address)
  'past-employer': new Set([
    'current_company',
    'current_title',
    'phone',
    'address_line1',
    'city',
    'state',
    'postal_code',
    'country',
  ]),
};

/** What a past employer's box stays, its caption naming the candidate or not: "Your title" there is not today's. */
const PAST_JOB = new Set<FieldType>(['current_company', 'current_title']);

/** A caption naming the candidate ("Your email", "Applicant's phone", "Confirm your e-mail"): the box stays theirs. */
export function namesTheCandidate(f: ClassifiedField): boolean {
  return CANDIDATES_OWN.test(signalTexts(f.field).label);
}

/**
 * A block asking for a past home however it is worded ("Complete only if you have moved in the last five years",
 * "each previous address"): with the candidate's own address asked before it, none of its boxes is where they live.
 */
const MOVED = /\b(if|since|when) you (have )?moved\b|\bmoved (house|home|address)\b/;

/**
 * The block's own words around a box: the text before it other than its caption, and its legend. Empty when the box
 * has nothing but its caption (it belongs to the block above it).
 */
export function blockWords(f: ClassifiedField): string[] {
  const texts = signalTexts(f.field);
  const own = new Set([texts.label, normalize(f.field.signals.label), texts.placeholder].filter(Boolean));
  const before = f.field.signals.nearby
    .split(' | ')
    .map(normalize)
    .filter((t) => t && !own.has(t));
  const legend = questionLegend(f.field);
  return legend && !own.has(legend) ? [...before, legend] : before;
}

/**
 * A block about the job applied for ("Position Information", "Job details", forms-dev91 iCIMS and Gravity Forms): its
 * Company is the employer, its Position the posting's title, its Location the branch the person would work at.
 */
const THE_JOB = /^(position|job|vacancy|role|posting|opening|requisition) (information|info|details)$/;

/** The subject a block's words give it; `addressAsked`: the candidate's own address was asked before the block. */
export function readBlock(words: string[], addressAsked: boolean): BlockReading {
  const text = words.join(' | ');
  // (a signature block, "By typing your name below …", is the candidate's, whatever references it names)
  if (SIGNING.test(text)) return { subject: 'candidate', because: 'a signature block' };
  const own = text.match(OWN_DETAILS);
  if (own) return { subject: 'candidate', because: own[0] };
  const posting = words.find((w) => THE_JOB.test(w));
  if (posting) return { subject: 'the-job', because: posting };
  const person = text.match(pattern(THIRD_PARTY_BLOCK.re)) ?? text.match(pattern(RELATION_BLOCK));
  if (person) return { subject: 'another-person', because: person[0] };
  const job = text.match(pattern(PAST_EMPLOYER));
  if (job && !HELD_NOW.test(text.replace(job[0], ''))) return { subject: 'past-employer', because: job[0] };
  const history = text.match(pattern(ADDRESS_HISTORY.re)) ?? text.match(MOVED);
  if (history && addressAsked) return { subject: 'past-address', because: history[0] };
  return { subject: 'candidate', because: '' };
}

/**
 * A street box captioned as a past one ("Previous Street Address", "Prior address"; not "Previous … work email
 * address"): it opens a past address's block of its own, and the bare City / State / Zip after it are that address's.
 * Known by what it asks, not only by a <label>: Lever cards caption their boxes with unlinked text (forms-dev40).
 */
const PAST_STREET =
  /^(previous|prior|former|past|earlier) (street |home |residential |mailing )?(address|street)\b/;

const HOME = new Set<FieldType>(['address_line1', 'city', 'postal_code']);

/**
 * Each box whose block is about someone or somewhere else, with the block's reading. Where the page's structure
 * names the block's subject (block-structure.ts), that reading holds for each of its boxes; elsewhere a box inherits
 * the reading of the box before it, in page order, unless it has words of its own.
 */
export function blockSubjects(fields: ClassifiedField[]): Map<ClassifiedField, BlockReading> {
  const out = new Map<ClassifiedField, BlockReading>();
  const asked = typesByBlock(fields);
  // (each structured block read once, at its first box: whether an address was asked before it)
  const structured = new Map<string, BlockReading>();
  let addressAsked = false;
  let block: BlockReading = CANDIDATE;
  let heading: string | null = null;
  let legend = '';
  for (const f of fields) {
    if (f.field.honeypot) continue;
    const words = blockWords(f);
    // (the boxes of one fieldset each see its legend: one block, read once, at its first box)
    const ownLegend = questionLegend(f.field);
    const sameLegend = !!legend && ownLegend === legend;
    const caption = signalTexts(f.field).label;
    const opens = PAST_STREET.test(caption);
    if (opens) block = { subject: 'past-address', because: caption, byCaption: true };
    else if (OWN_SECTION.test(ownLegend)) block = { subject: 'candidate', because: ownLegend };
    else if ((words.length && !sameLegend) || f.field.signals.heading !== heading)
      block = readBlock(words, addressAsked);
    // (under a heading about the job applied for, a box with help of its own, "which branch would you most like to
    // work at?", is still about the job: Gravity Forms draws its sections as headings alone, forms-dev91)
    const title = normalize(f.field.signals.heading);
    if (block.subject === 'candidate' && !block.because && THE_JOB.test(title))
      block = { subject: 'the-job', because: title };
    heading = f.field.signals.heading;
    legend = ownLegend;
    const structure = structuredReading(f, structured, asked, addressAsked);
    // (the structure's reading holds where it names a subject, or a block titled as the candidate's)
    const reading = (structure.subject !== 'candidate' || structure.because) && !opens ? structure : block;
    const type = f.classification.type;
    if (reading.subject === 'candidate') {
      if (HOME.has(type)) addressAsked = true;
      continue;
    }
    if (!NOT_THE_CANDIDATES[reading.subject].has(type)) {
      // (a past street's caption scopes only the address parts right after it: "Country" after a box asking
      // something else is the candidate's again)
      if (block.byCaption && !opens) block = CANDIDATE;
      continue;
    }
    if (CANDIDATES_OWN.test(caption) && !(reading.subject === 'past-employer' && PAST_JOB.has(type)))
      continue;
    out.set(f, reading);
  }
  return out;
}

const CANDIDATE: BlockReading = { subject: 'candidate', because: '' };

/** The reading of the blocks the page's structure puts a box in, once per block; the candidate's where none. */
function structuredReading(
  f: ClassifiedField,
  read: Map<string, BlockReading>,
  asked: (levels: readonly BlockLevel[]) => Set<FieldType>,
  addressAsked: boolean,
): BlockReading {
  const levels = f.field.signals.block;
  if (!levels?.length) return CANDIDATE;
  const key = blockKey(levels);
  const known = read.get(key);
  if (known) return known;
  const reading = structureReading(levels, (w) => readBlock(w, addressAsked), asked(levels));
  read.set(key, reading);
  return reading;
}
