/**
 * Whether a block around a field rules a type out: an employment history's company is not the current
 * one, a referee's phone is not the candidate's, a licence's state or a previous address is not where
 * the person lives. The blocks are rule data (rules/shared.ts); this file knows their exceptions.
 */
import type { FieldDescriptor } from '../types.ts';
import type { SignalTexts } from './question.ts';
import {
  ADDRESS_HISTORY,
  HISTORY_BLOCK,
  LIVED_BEFORE,
  PAST_HOME_NAMED,
  type PatternRule,
  THIRD_PARTY_BLOCK,
  type TypeRule,
} from './rules/shared.ts';
import type { RuleSignal } from './rules.ts';
import { normalize, pattern, wordCount } from './text.ts';

/** The first entry of a repeating history block ("WorkExperience[0]"): the most recent job, the current one. */
const FIRST_ENTRY = /(?:\[0\]|_0_|[-._]0[-._]|\b0\b)/;
/** A block's caption numbered as people count, from one ("Work Experience 1" on Workday): its first entry. */
const FIRST_CAPTION = /\s(#\s?)?1$/;
/** A later entry of a repeating block ("addr[1][street]", "address_2_city"): an earlier one, not the current. */
const LATER_ENTRY = /(?:\[[1-9]\d*\]|_[1-9]\d*_|[-.][1-9]\d*[-._])/;
/**
 * A history that says its first entry is the job held now ("Start with your current or most recent position", "List
 * your last two jobs, most recent first"): the first (or only) entry's employer and title are the current ones.
 */
const MOST_RECENT_FIRST =
  /\b(most recent|current|present|latest) (one |job |position |employer |role )?first\b|\bstart(ing)? with (your|the) (current|present|most recent|latest)\b/;
function mostRecentFirst(field: FieldDescriptor): boolean {
  const blocks = field.signals.block ?? [];
  return (
    blocks.some((b) => MOST_RECENT_FIRST.test(normalize(`${b.title} ${b.intro}`))) &&
    blocks.every((b) => (b.entry ?? 1) === 1)
  );
}
/** A row or caption saying the entry is a past one ("Previous", "Prior address"). */
const PAST_ENTRY = /^(previous|prior|former|past|earlier)\b/;
/**
 * A whole block asking for a past home: headed "Previous address (for the Enhanced DBS check)", or described as "enter
 * the address you lived at before it" (forms-dev41, Workday and SmartRecruiters). Every box in it is that address's.
 */
const PAST_HOME =
  /^(previous|prior|former|past|earlier) (\w+ )?address\b|\baddress you (have )?(lived|resided) at before\b/;
/**
 * One box asking for the whole history ("please list every address you have lived at in the last five years", forms-dev44):
 * no row of it is the current address alone.
 */
const EVERY_ADDRESS = /\b(list|give|enter) (every|all|each) (\w+ )?address(es)?\b/;
/** A label asking for the job held now (or the latest one), not for an entry of a history. */
const CURRENT_ASKED =
  /\b(current|present|most recent|actuel(le)?|actual|atual|attuale|aktuell\w*|derzeitig\w*)\b|現在|直近|目前|当前/;
/** "Your employer before the current one" (forms-dev48): "current" named only as what the entry came before. */
const BEFORE_CURRENT = /\b(before|prior to|preceding) (the|your) (current|present)\b/;
/** A question put to the candidate ("Which state will you be working from?") is not a history block's field. */
const ASKS_YOU = /\b(you|your)\b.*\?$|^(which|what|where|when|do|are|will|would|have|can)\b.*\b(you|your)\b/;

/**
 * A block that says it asks the candidate's own details ("Enter your own contact details. If you are under 18 you
 * will be asked for a parent or guardian's details further down", forms-dev89 Taleo): the other person it mentions
 * is asked elsewhere, so it is no block about them. Not "Please do not give your own details" under "Next of kin".
 */
export const OWN_DETAILS =
  /(?<!\b(not|never|don.t) )\b(enter|give|provide|complete|fill in) your own (contact |personal )?(details|information|info)\b/;

/**
 * A fieldset legend naming the candidate's own details ("Personal details", "About you"): its boxes are theirs,
 * whatever the text before them names (a progress list's "Referees" link, forms-dev96 Stonefish).
 */
export const OWN_SECTION =
  /^(personal (details|information|info|particulars)|your (details|information|contact details)|about you(rself)?|contact (details|information)|applicant (details|information))$/;

/**
 * A signature line ("By typing my name below I attest …, including with the references named", forms-dev47 Oracle; "Type
 * your full name to sign"): the box after it takes the person's own name, whatever references or employment the
 * attestation mentions. It is no referee or employment block.
 */
export const SIGNING =
  /\bby (typing|entering|writing) (my|your) (full |legal )?name\b|\btyp(e|ing) (my|your) (full |legal )?name (below|here|to sign)\b|\b(electronic|digital|e-) ?signature\b/;

/**
 * A few words name a thing (an entry's title, "Employer 1 (current or most recent)"; a box's own caption, "Email of
 * your referrer"); more are a sentence, perhaps a neighbour's help text.
 */
const NAME_WORDS = 6;

/**
 * The text printed between a box's label and its section's heading, with no other control between (so none of it is
 * another box's caption): the title of the entry the box sits in ("Previous Employment", then "Employer 1 (current or
 * most recent)", then "Employer" over the box).
 */
function entryTitles(field: FieldDescriptor, label: string): string[] {
  const chunks = field.signals.nearby.split(' | ').map(normalize);
  const end = chunks.indexOf(normalize(field.signals.heading));
  // (with the heading out of reach, the nearby text still stops at the box before: "Employer", then "Job 1" over it)
  return chunks
    .slice(0, end < 0 ? chunks.length : end)
    .filter((c) => c !== label && wordCount(c) <= NAME_WORDS && !c.includes('?'));
}

/** Whether a veto rules the type out: a block heading above does not veto a question put to the person. */
export function vetoes(
  v: PatternRule,
  signal: RuleSignal,
  rule: TypeRule,
  field: FieldDescriptor,
  texts: SignalTexts,
): boolean {
  const text = texts[signal];
  if (!text || !pattern(v.re).test(text)) return false;
  const named = `${field.signals.name} ${field.signals.id}`;
  // An address history's current row is the person's address; its later or "Previous" rows are not, nor any box of
  // a block that as a whole asks for a past home.
  if (v === ADDRESS_HISTORY)
    return (
      LATER_ENTRY.test(named) ||
      PAST_ENTRY.test(texts.label) ||
      EVERY_ADDRESS.test(texts.label) ||
      pattern(LIVED_BEFORE).test(texts.label) ||
      pattern(PAST_HOME_NAMED).test(texts.name) ||
      PAST_ENTRY.test(texts.group) ||
      PAST_HOME.test(normalize(field.signals.heading)) ||
      PAST_HOME.test(texts.description)
    );
  if (signal === 'context' && (v === THIRD_PARTY_BLOCK || v === HISTORY_BLOCK) && SIGNING.test(text))
    return false;
  if (
    signal === 'context' &&
    v === THIRD_PARTY_BLOCK &&
    (OWN_DETAILS.test(text) || OWN_SECTION.test(texts.group))
  )
    return false;
  if (v !== HISTORY_BLOCK) return true;
  if (signal === 'context' && ASKS_YOU.test(texts.label)) return false;
  const current = rule.type === 'current_company' || rule.type === 'current_title';
  // "Current or most recent employer" under "Experience and education": the label names the current one; so
  // does an entry's heading ("Employer 1 (current or most recent)") for the company and title under it, or the
  // entry's title printed under the section heading (a SuccessFactors row title, forms-dev43), or that title pointed
  // to as the box's description ("Your title" described by "Present or most recent employer", forms-dev47 Jobvite).
  const heading = normalize(field.signals.heading);
  const described = wordCount(texts.description) <= NAME_WORDS ? [texts.description] : [];
  if (
    current &&
    [texts.label, heading, ...described, ...entryTitles(field, texts.label)].some(
      (t) => CURRENT_ASKED.test(t) && !PAST_ENTRY.test(t) && !BEFORE_CURRENT.test(t),
    )
  )
    return false;
  if (current && mostRecentFirst(field) && !LATER_ENTRY.test(named)) return false;
  return !(
    current &&
    (FIRST_ENTRY.test(named) ||
      [texts.group, heading, ...entryTitles(field, texts.label)].some((t) => FIRST_CAPTION.test(t)))
  );
}

/** Whether any of the rule's vetoes rules the field out. */
export function vetoed(rule: TypeRule, field: FieldDescriptor, texts: SignalTexts): boolean {
  return !!rule.veto?.some((v) => v.on.some((signal) => vetoes(v, signal, rule, field, texts)));
}

/**
 * A caption the person reads says "not this type" ("Address line 2", "Country code", "Email of your referrer"): an id
 * or input type saying otherwise is markup noise. Text that merely precedes the control may be a neighbour's help
 * text: only a short caption vetoes. A box with no label is captioned by its placeholder ("Supervisor's email
 * (optional)" in a type=email box, forms-dev43 Jobvite): that is what the person reads, and it vetoes alike.
 */
export function captionSaysNot(rule: TypeRule, field: FieldDescriptor, texts: SignalTexts): boolean {
  const says = (signal: RuleSignal, text: string) =>
    !!rule.negative?.some((n) => n.on.includes(signal) && pattern(n.re).test(text));
  if (texts.label)
    return (texts.labelWeight >= 0.9 || wordCount(texts.label) <= NAME_WORDS) && says('label', texts.label);
  const placeholder = normalize(field.signals.placeholder);
  return !!placeholder && wordCount(placeholder) <= NAME_WORDS && says('placeholder', placeholder);
}
