import { type AtsAdapter, adapterType } from '../adapters/registry.ts';
import type { Classification, ClassificationEvidence, FieldDescriptor, FieldType } from '../types.ts';
import { autocompleteType } from './autocomplete.ts';
import { datePartType } from './date-part.ts';
import { botTrap, notTheApplication, typesTheBoxCannotHold } from './guards.ts';
import { ONE_INDIRECT_SIGN, oneIndirectSign } from './indirect.ts';
import { experienceYearsList, listScore, type Scored } from './lists.ts';
import { asShown, type SignalTexts, signalTexts } from './question.ts';
import { RULES, type RuleSignal, type TypeRule } from './rules.ts';
import { normalize, pattern, readings, wordCount } from './text.ts';
import { captionSaysNot, vetoed } from './vetoes.ts';
import { YES_NO_TYPES, yesNoChoice } from './yes-no-choice.ts';

/** How much each signal is trusted: the label a person reads counts most. */
const SIGNAL_WEIGHT: Record<RuleSignal, number> = {
  label: 1,
  placeholder: 0.8,
  name: 0.8,
  group: 0.7,
  description: 0.55,
  options: 0.6,
  context: 0.45,
};
/** The text around an upload box that has no words of its own: its section or drop-zone names what it takes. */
const FILE_CONTEXT_WEIGHT = 0.7;
/** Such a box's own name (`coverLetter`) names its document more directly than a section ("CV and attachments"). */
const FILE_NAME_WEIGHT = 1;
/** Below this a rules decision is "other": a wrong fill costs more than a blank. */
export const MIN_SCORE = 0.5;
/** The confidence of a type whose answer is a guess (TypeRule.doubt): under the planner's fill floor. */
export const DOUBTFUL = 0.35;
/** The winner must beat the runner-up by this much. */
export const MIN_MARGIN = 0.15;
const LONG_QUESTION_WORDS = 12;
const LONG_QUESTION_FACTOR = 0.7;

/** A caption that is only the section's title ("Experience" over "Drag and drop your CV here") is no word of the box's own. */
function ownWords(field: FieldDescriptor, texts: SignalTexts): boolean {
  return !!texts.label && texts.label !== normalize(field.signals.heading);
}

/** The share of the choices (joined ' | ' in the options text) that match `re`. */
function shareMatching(options: string, re: string): number {
  const choices = options.split(' | ');
  return choices.filter((c) => pattern(re).test(c)).length / choices.length;
}

function scoreRule(
  rule: TypeRule,
  field: FieldDescriptor,
  texts: SignalTexts,
  yesNo: boolean,
  cannotHold: ReadonlySet<FieldType>,
): Scored | null {
  if (!rule.kinds.includes(field.kind)) return null;
  if (cannotHold.has(rule.type)) return null;
  if (yesNo && !rule.yesNo) return null;
  if (vetoed(rule, field, texts) || captionSaysNot(rule, field, texts)) return null;
  let best = rule.inputTypes?.[field.inputType] ?? 0;
  let reason = best ? `input type=${field.inputType}` : '';
  let evidence: ClassificationEvidence | undefined = best
    ? { signal: 'input-type', text: field.inputType }
    : undefined;
  let hits = best ? 1 : 0;
  // The texts that matched: one caption read as the label and again as nearby text is one sign.
  const signs = new Set<string>(best ? ['input-type'] : []);
  const wordless = field.kind === 'file' && !ownWords(field, texts);
  for (const p of rule.positive) {
    for (const signal of p.on) {
      const whole = texts[signal];
      if (!whole || (signal === 'group' && texts.groupIsSection)) continue;
      // (a bilingual label matches when either of its languages does)
      const text = (signal === 'label' ? readings(whole) : [whole]).find((r) => pattern(p.re).test(r));
      if (!text || (p.share && shareMatching(whole, p.re) < p.share)) continue;
      // A negative pattern cancels matches on the signal it was seen in, not the others.
      const negated = rule.negative?.find((n) => n.on.includes(signal) && pattern(n.re).test(text));
      if (negated) {
        reason ||= `${signal} negated by /${negated.re.slice(0, 30)}/`;
        continue;
      }
      hits++;
      signs.add(text);
      let value = p.score * SIGNAL_WEIGHT[signal];
      if (signal === 'label') value *= texts.labelWeight;
      // An upload box with no words of its own ("Seleccionar archivo") takes what its section names ("Tu CV").
      if (wordless) {
        if (signal === 'context') value = p.score * FILE_CONTEXT_WEIGHT;
        if (signal === 'name') value = p.score * FILE_NAME_WEIGHT;
      }
      if (rule.short && signal === 'label' && wordCount(text) > LONG_QUESTION_WORDS)
        value *= LONG_QUESTION_FACTOR;
      if (value > best) {
        best = value;
        reason = `${signal} "${text.slice(0, 60)}" ~ /${p.re.slice(0, 40)}/`;
        evidence = { signal, text: asShown(field, text).slice(0, 80) };
      }
    }
  }
  if (best === 0) return null;
  return {
    type: rule.type,
    score: Math.min(1, best + Math.min(hits - 1, 2) * 0.03),
    reason,
    evidence,
    signs: signs.size,
  };
}

/** Types where either answer is a right fill: the personal-site URLs a form asks for in one box ("GitHub or portfolio"). */
const SYNONYM_GROUPS: FieldType[][] = [['portfolio_url', 'website_url', 'github_url']];
function synonyms(a: FieldType, b: FieldType): boolean {
  return SYNONYM_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/**
 * A box that takes either of two ways to say where one lives ("Town or postcode", "City / ZIP"): the
 * town and the postcode are then not rival answers, and the stronger is written.
 */
const EITHER_PLACE =
  /\b(?:town|city)\s*(?:or|\/)\s*(?:post ?code|postal code|zip)|\b(?:post ?code|postal code|zip)\s*(?:or|\/)\s*(?:town|city)\b/i;
function eitherPlace(a: FieldType, b: FieldType, texts: SignalTexts): boolean {
  const pair = (a === 'city' && b === 'postal_code') || (a === 'postal_code' && b === 'city');
  return pair && EITHER_PLACE.test(`${texts.label} ${texts.placeholder}`);
}

export interface ClassifyOptions {
  adapter?: AtsAdapter | null;
}

/** A link to a named profile or portfolio, which the link rules type more closely than a bare "url". */
const NAMED_LINK = /linked-?in|github|gitlab|portfolio|behance|dribbble/i;

/** Precedence: standard autocomplete > ATS adapter selector > rules; weak rules say "other". */
export function classifyField(field: FieldDescriptor, options: ClassifyOptions = {}): Classification {
  const trap = botTrap(field);
  if (trap) return trap;
  const first = field.elements[0];
  const auto = field.signals.autocomplete;
  const autoType = autocompleteType(auto);
  // autocomplete="url" says only that a box takes an address: the caption says which ("LinkedIn Profile URL").
  const anyUrl =
    autoType === 'website_url' &&
    NAMED_LINK.test(`${field.signals.label} ${field.signals.name} ${field.signals.id}`);
  if (autoType && !anyUrl) {
    return {
      type: autoType,
      confidence: 0.95,
      source: 'autocomplete',
      reason: `autocomplete="${auto}"`,
      evidence: { signal: 'autocomplete', text: auto },
    };
  }
  if (options.adapter && first) {
    const hit = adapterType(options.adapter, first);
    if (hit) {
      return {
        type: hit.type,
        confidence: 0.9,
        source: 'adapter',
        reason: `${options.adapter.id} selector ${hit.selector}${hit.note ? ` (${hit.note})` : ''}`,
        evidence: { signal: 'adapter', text: options.adapter.id },
      };
    }
  }
  const notAsked = notTheApplication(field);
  if (notAsked) return notAsked;
  const texts = signalTexts(field);
  const part = datePartType(field, texts);
  if (part) return part;
  const scored: Scored[] = [];
  const yesNo = yesNoChoice(field, texts);
  const cannotHold = typesTheBoxCannotHold(field);
  for (const rule of RULES) {
    const s = scoreRule(rule, field, texts, yesNo, cannotHold);
    if (s && s.score > 0) scored.push(s);
  }
  const years = experienceYearsList(field, texts.label);
  const list = listScore(field, texts.label) ?? years;
  // a list of states in a licence block or a past address is not where the person lives
  const listRule = list && RULES.find((r) => r.type === list.type);
  if (list && !(listRule && vetoed(listRule, field, texts))) scored.push(list);
  // A list of countries or states is not a list of cities, whatever its label says ("Location").
  if (list?.type === 'country' || list?.type === 'state')
    for (let i = scored.length - 1; i >= 0; i--) if (scored[i]?.type === 'city') scored.splice(i, 1);
  // Answers that are spans of years ("Less than 2", "2 to 4") say how long, not yes or no: "Years of sponsored-programs
  // experience" is no sponsorship question (forms-dev51).
  if (years)
    for (let i = scored.length - 1; i >= 0; i--) if (YES_NO_TYPES.has(scored[i]!.type)) scored.splice(i, 1);
  scored.sort((a, b) => b.score - a.score);
  const [top] = scored;
  if (!top) return { type: 'other', confidence: 0.5, source: 'none', reason: 'no rule matched' };
  // The runner-up that would be a different answer: a near-synonym ("Website / Portfolio") is not a rival.
  const second = scored.find(
    (s) => s.type !== top.type && !synonyms(s.type, top.type) && !eitherPlace(s.type, top.type, texts),
  );
  const margin = top.score - (second ? second.score : 0);
  if (top.score < MIN_SCORE || margin < MIN_MARGIN) {
    return {
      type: 'other',
      confidence: 0.4,
      source: 'rules',
      reason: `too weak: ${top.type} ${top.score.toFixed(2)}${second ? ` vs ${second.type} ${second.score.toFixed(2)}` : ''}`,
    };
  }
  const doubt = RULES.find((r) => r.type === top.type)?.doubt?.find((d) =>
    d.on.some((signal) => texts[signal] && pattern(d.re).test(texts[signal])),
  );
  const indirect = !doubt && oneIndirectSign(field.kind, top, texts);
  const confidence = Math.min(0.9, top.score * (0.6 + margin * 0.4), indirect ? ONE_INDIRECT_SIGN : 1);
  return {
    type: top.type,
    confidence: Number((doubt ? Math.min(confidence, DOUBTFUL) : confidence).toFixed(2)),
    source: 'rules',
    reason: doubt
      ? `${top.reason}; the question names a topic, so your answer is a guess`
      : indirect
        ? `${top.reason}; read from that alone, so it waits for you`
        : top.reason,
    ...(top.evidence ? { evidence: top.evidence } : {}),
  };
}
