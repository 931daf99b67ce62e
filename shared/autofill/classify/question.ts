/**
 * What a field asks, read from the text around it: the question (a real label over a group legend
 * over the text just before), how far to trust it, and each signal normalized for the rules. Widget
 * words ("Attach", "Choose a PDF"), section legends ("Questionnaire") and examples ("e.g. LinkedIn")
 * are not the question. classify.ts scores these texts; this file only reads them.
 */

import { isChoicePrompt } from '../prompt-text.ts';
import type { FieldDescriptor } from '../types.ts';
import { TIME_SPANS } from '../units.ts';
import { askedAfterContext } from './asking-sentence.ts';
import { promptOption } from './prompt-option.ts';
import { EXAMPLE_HINT as EXAMPLE_ANSWER_HINT, EXAMPLE_MARKER } from './rules/links-asked.ts';
import type { RuleSignal } from './rules.ts';
import { nameWords, normalize, wordCount } from './text.ts';
import { GENERIC_LABEL } from './widget-words.ts';

/** Help text that lists examples ("e.g. LinkedIn, a friend") is not the question it helps with. */
const EXAMPLE_HINT = new RegExp(EXAMPLE_ANSWER_HINT);
/** The same examples inside a question ("Which status do you hold (e.g. F-1 OPT, H-1B)?") say nothing of its type. */
const EXAMPLES_IN_PARENS = new RegExp(`\\(${EXAMPLE_MARKER}[^)]*\\)`, 'g');
const EXAMPLE_ANYWHERE = new RegExp(`(^|[\\s(])${EXAMPLE_MARKER}[\\s:,]`);
/** A group legend that only names the section ("Questionnaire") is not the question of the control in it. */
const SECTION_GROUP =
  /^(questionnaire|questions?|additional (questions|information)|((job|role|position|vacancy)[- ]specific|application|screening|pre-?screening|supplemental|custom) questions|more about you|details)$/;
/** The control's group legend when it may be the control's question (not a section's title), else "". */
export function questionLegend(field: FieldDescriptor): string {
  const legend = normalize(field.signals.group);
  return SECTION_GROUP.test(legend) ? '' : legend;
}

/** A question's number ("7.", "Q3)", "12:"): the form's order, not the question's words ("7. Do you hold…?" asks yes or no). */
const QUESTION_NUMBER = /^(q|question )?\d{1,2}[.):]\s+/;

const CHOICE_GROUPS = new Set(['radio-group', 'checkbox-group']);
const UNIT = new RegExp(`^(${TIME_SPANS}|lakhs?|thousands?)$`);
/** One end of a range asked in two boxes ("von" / "bis", "From" / "To", "Min" / "Max"): a part of the question stated beside it. */
const RANGE_END = /^(from|to|min(imum)?|max(imum)?|von|bis|de|a|desde|hasta|da|fra|til|fran|till)$/;
/** A caption is a few words: longer text before a box may be a neighbour's help, unless it reads as a title. */
const MAX_CAPTION_WORDS = 4;
/** A title ("Years of consulting or industry experience") may be longer: it ends without a full stop. */
const MAX_TITLE_WORDS = 8;
const captionWords = (text: string) => (/[.!:]$/.test(text) ? MAX_CAPTION_WORDS : MAX_TITLE_WORDS);

/** Text that asks for an answer: a question, or a request ("If you have a share code, please enter it"). */
const OWN_QUESTION = /\?$|\b(please|kindly) (enter|provide|give|state|list|add)\b/;

export type SignalTexts = Record<RuleSignal, string> & {
  labelWeight: number;
  /** The group only titles the section the control sits in: it may rule types out, never in. */
  groupIsSection: boolean;
};

/**
 * The question text, how much to trust it, and whether the group only titles the block the question sits
 * in: a real label beats text that merely precedes.
 */
/** The weight of a question read from the text near a box with no label of its own (indirect.ts reads it too). */
export const NEARBY_WEIGHT = 0.8;

function primaryLabel(field: FieldDescriptor): [string, number, boolean?] {
  // A label that is only the control's generated name (aria-label="QA_6172047") says nothing; "Country" does.
  const ownNames = new Set([field.signals.name, field.signals.id].filter((n) => /\d/.test(n)).map(normalize));
  const parts = field.signals.label
    .split(' | ')
    .map((p) => normalize(p).replace(QUESTION_NUMBER, ''))
    .filter((p) => p && !GENERIC_LABEL.test(p) && !SECTION_GROUP.test(p) && !ownNames.has(p));
  if (parts.length) {
    const label = parts.join(' | ').replace(EXAMPLES_IN_PARENS, ' ').trim();
    // "Years" beside "Months" (or "Lakhs" beside "Thousands"): a unit names a part of the question before it.
    const before = field.signals.nearby
      .split(' | ')
      .map(normalize)
      .find((p) => p && p !== label);
    if (UNIT.test(label) && before) return [`${before} (${label})`, 0.9];
    // a range's question: its legend, else the text before it, else (the second end, with no text of its
    // own before it) the question it is described by
    const ranged = RANGE_END.test(label)
      ? questionLegend(field) || before || normalize(field.signals.description)
      : '';
    if (ranged) return [`${ranged} (${label})`, 0.9];
    // A <label> that only explains ("Under the Equality Act 2010, a condition that …") beside the
    // question printed just before it ("Do you consider yourself to have a disability?").
    const asked = normalize(field.signals.nearby.split(' | ')[0] ?? '');
    // A lone box's label is the statement it ticks ("Li e concordo com a Política de Privacidade."), never help.
    if (field.kind !== 'checkbox' && /\.$/.test(label) && !label.includes('?') && /\?$/.test(asked))
      return [asked, 0.9];
    return [askedAfterContext(label), 1];
  }
  const nearby = withoutOwnHelp(
    field.signals.nearby
      .split(' | ')
      .map(normalize)
      .filter((p) => p && !GENERIC_LABEL.test(p) && !EXAMPLE_HINT.test(p)),
    normalize(field.signals.description),
  );
  const group = normalize(field.signals.group);
  // A box's own caption ("Last name") is nearer its question than the legend of the section around it
  // ("About you"); a choice group's legend is its question.
  const caption = nearby[0] ?? '';
  if (
    group &&
    !CHOICE_GROUPS.has(field.kind) &&
    caption !== group &&
    wordCount(caption) >= 1 &&
    wordCount(caption) <= captionWords(caption)
  )
    return [caption, 0.85];
  // A box in a block of several questions ("Right to work in the UK") with its own question printed just
  // before it ("Would you need us to sponsor your visa?") is asked that question, not the block's title.
  const own = questionOfNearby(nearby);
  if (
    group &&
    !CHOICE_GROUPS.has(field.kind) &&
    !/\?$/.test(group) &&
    own !== group &&
    OWN_QUESTION.test(own)
  )
    return [askedAfterContext(own), 0.85, true];
  if (questionLegend(field)) return [group, 0.9];
  // A box with no words around it but the question it points to (aria-describedby) is described by it.
  if (!nearby.length && !group)
    return [askedAfterContext(normalize(field.signals.description)), NEARBY_WEIGHT];
  return [askedAfterContext(questionOfNearby(nearby)), NEARBY_WEIGHT];
}

/**
 * Help the control says describes it (aria-describedby) is not its question, even when printed just before
 * the box ("Behance or your own site are fine; not LinkedIn." under "Link us to three pieces"): the question
 * is the text before it. Only sentences that end in a full stop and ask nothing are help; a title ("Expected
 * salary (gross)") may be the question itself.
 */
function withoutOwnHelp(parts: string[], description: string): string[] {
  if (description.includes('?') || !/[.!]$/.test(description) || wordCount(description) < 4) return parts;
  const rest = parts.filter((p) => p !== description);
  return rest.length ? rest : parts;
}

/**
 * Of the texts just before a control, the question: a title followed by its help sentence ("What base
 * salary are you targeting?" then "The posted range is …") reaches the control help-first. A text that
 * asks (ends "?" or ":") beats one that does not; a short title beats a sentence ending in a full stop.
 */
function questionOfNearby(parts: string[]): string {
  const [first, second] = parts;
  if (!first || !second) return first ?? '';
  if (/[?:]$/.test(second) && !/[?:]$/.test(first)) return second;
  // an aside in brackets ("(no more than two pages)") helps with the title before it
  if (/^\(.*\)$/.test(first)) return second;
  // "Gern mit Link – z. B. zu einem GitHub-Repository …" is the help; the question comes before it.
  // (examples in brackets inside a question leave it the question: "… a visa (for example H-1B)?")
  const firstOutsideBrackets = first.replace(EXAMPLES_IN_PARENS, ' ');
  if (EXAMPLE_ANYWHERE.test(firstOutsideBrackets) && !EXAMPLE_ANYWHERE.test(second)) return second;
  // (an aside in brackets does not make the title a sentence: "Link to code you're proud of (a repo, pull request or
  // gist)" over its help, forms-dev46)
  const titleWords = wordCount(second.replace(/\([^)]*\)/g, ' ').trim());
  if (/\.$/.test(first) && !first.includes('?') && !/[.?:]$/.test(second) && titleWords <= 8) return second;
  return first;
}

/**
 * A legend naming two topics ("Compensation and availability", "Location and right to work") titles a
 * section, not one question. (Not Dutch "en": in French and Spanish it means "in", as in "Permiso de
 * trabajo en España", one topic.)
 */
const TWO_TOPICS = /^[^?]+\s(and|&|und|et|e|y)\s[^?]+$/;
/** A control with a label of its own inside such a section: the section says nothing of what the control asks. */
function sectionOfOwnLabel(field: FieldDescriptor): boolean {
  return (
    !CHOICE_GROUPS.has(field.kind) && !!field.signals.label && TWO_TOPICS.test(normalize(field.signals.group))
  );
}

export function signalTexts(field: FieldDescriptor): SignalTexts {
  const s = field.signals;
  const [asked, labelWeight, ownQuestionInBlock] = primaryLabel(field);
  // "Total Experience" over a box whose placeholder is a unit ("Years"): the box asks it in that unit
  const unit = normalize(s.placeholder);
  const label = asked && UNIT.test(unit) && !asked.includes(unit) ? `${asked} (${unit})` : asked;
  const group = normalize(s.group) === label ? '' : normalize(s.group);
  const optionTexts = field.options
    .slice(0, 60)
    .map((o) => normalize(o.text))
    // a prompt ("Choisir…", "Seleccione", "選択してください") is not an answer
    .filter((t) => t && !isChoicePrompt(t));
  return {
    label,
    labelWeight,
    groupIsSection: !!ownQuestionInBlock || sectionOfOwnLabel(field),
    placeholder: normalize(s.placeholder) || promptOption(field),
    name: nameWords(s.name, s.id, s.purpose ?? ''),
    group,
    // (react-select points aria-describedby at its placeholder: a prompt describes nothing)
    description: GENERIC_LABEL.test(normalize(s.description)) ? '' : normalize(s.description),
    options: optionTexts.join(' | '),
    context: normalize([s.nearby, s.heading].filter(Boolean).join(' | ')).slice(0, 600),
  };
}

/** The page's own wording of a signal text the rules read normalized (for the person's preview). */
export function asShown(field: FieldDescriptor, normalized: string): string {
  const s = field.signals;
  const raw = [s.label, s.nearby, s.placeholder, s.group, s.description, s.heading];
  return (
    raw.find((t) => t && normalize(t) === normalized) ??
    raw.find((t) => t && normalize(t).includes(normalized)) ??
    normalized
  );
}
