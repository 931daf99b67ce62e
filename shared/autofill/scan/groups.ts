import { readings } from '../bilingual.ts';
import type { FieldDescriptor, FieldKind, FieldOption } from '../types.ts';
import { clean, closestRole, closestTag, idRefText, labelsFor, textOf } from './dom.ts';
import { meaningful, precedingText } from './labels.ts';
import { rowQuestionBefore } from './row-question.ts';
import { gatherSignals } from './signals.ts';
import { columnCaption, rowQuestion } from './tables.ts';
import { hiddenByAncestor, hiddenItself } from './visibility.ts';

/** The element a person reads as one choice: its wrapping label, else the input itself. */
export function optionAnchor(input: Element): Element {
  return closestTag(input, 'LABEL') ?? input;
}

export function optionText(input: Element): string {
  const wrapping = closestTag(input, 'LABEL');
  if (wrapping) {
    const t = textOf(wrapping, 300);
    if (meaningful(t)) return t;
  }
  const own = ownLabel(input);
  if (own) {
    const t = textOf(own, 300);
    if (meaningful(t)) return t;
  }
  const named = idRefText(input, 'aria-labelledby') || clean(input.getAttribute('aria-label'));
  if (meaningful(named)) return named;
  if (input.tagName !== 'INPUT') return textOf(input, 200);
  // <input type=radio> Yes  — bare text right after the input
  const next = input.nextSibling;
  if (next && next.nodeType === 3 && meaningful(clean(next.nodeValue))) return clean(next.nodeValue);
  // a radio table: the choice is named by its column's header ("Yes", "3 to 5 years")
  return columnCaption(input) || clean(input.getAttribute('value'));
}

/**
 * A choice's own label: of several <label for> pointing at it (Django renders the question's label
 * `for` the first radio, beside that radio's own), the one next to it; the other is the question.
 */
function ownLabel(input: Element): Element | null {
  const labels = labelsFor(input);
  return labels.find((l) => l.parentElement === input.parentElement) ?? labels[labels.length - 1] ?? null;
}

/** The question's label when it is `for` the first choice (Django's RadioSelect), else ''. */
function questionLabel(first: Element): string {
  const labels = labelsFor(first);
  if (labels.length < 2) return '';
  const own = ownLabel(first);
  const question = labels.find((l) => l !== own);
  return question ? textOf(question, 300) : '';
}

/**
 * A label pointing at the list that holds the choices (ASP.NET's RadioButtonList: `<label for="rblSponsorship">`
 * over `<table id="rblSponsorship">` of radios): the question of every choice in it.
 */
function listLabel(first: Element): string {
  let p = first.parentElement;
  for (let depth = 0; p && depth < 4; depth++, p = p.parentElement) {
    if (p.tagName === 'FORM' || p.tagName === 'BODY') return '';
    if (!p.id) continue;
    const label = labelsFor(p)[0];
    if (label) return textOf(label, 300);
  }
  return '';
}

export function toOption(input: Element): FieldOption {
  const text = optionText(input);
  return {
    text,
    value: input.getAttribute('value') ?? (input.tagName === 'INPUT' ? '' : text),
    element: input,
  };
}

/** Does `el` hold question text of its own, i.e. text outside labels and controls? */
function hasOwnText(el: Element, cache: Map<Element, boolean>): boolean {
  const cached = cache.get(el);
  if (cached !== undefined) return cached;
  let found = false;
  const walk = (n: Node): void => {
    if (found) return;
    if (n.nodeType === 3) {
      if (meaningful(clean(n.nodeValue))) found = true;
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName;
    if (['LABEL', 'SCRIPT', 'STYLE', 'SELECT', 'TEXTAREA', 'OPTION', 'TEMPLATE'].includes(tag)) return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  cache.set(el, found);
  return found;
}

/**
 * The block that holds one question's choices: the nearest fieldset / role=group /
 * radiogroup, else the nearest ancestor carrying text besides the choices' labels.
 * Separates questions that reuse one input name (legacy Greenhouse demographics).
 */
export function questionContainer(input: Element, cache: Map<Element, boolean>): Element | null {
  let p = optionAnchor(input).parentElement;
  for (let depth = 0; p && depth < 7; depth++, p = p.parentElement) {
    const role = p.getAttribute('role');
    if (p.tagName === 'FIELDSET' || role === 'group' || role === 'radiogroup') return p;
    if (p.tagName === 'FORM' || p.tagName === 'BODY') return null;
    if (hasOwnText(p, cache)) return p;
  }
  return null;
}

/** Groups radios (by name within a question block) and checkboxes (by question block). */
export function groupChoices(inputs: Element[]): Element[][] {
  const cache = new Map<Element, boolean>();
  const groups = new Map<string, Element[]>();
  const containerIds = new Map<Element, number>();
  for (const input of inputs) {
    const type = (input.getAttribute('type') ?? input.getAttribute('role') ?? '').toLowerCase();
    const container = questionContainer(input, cache);
    let cid = -1;
    if (container) {
      cid = containerIds.get(container) ?? containerIds.size;
      containerIds.set(container, cid);
    }
    const name = input.getAttribute('name') ?? '';
    let key: string;
    if (type === 'radio') key = `r:${name}:${cid}`;
    else if (cid >= 0) key = `c:${cid}`;
    else key = name ? `c:name:${name}` : `c:solo:${groups.size}`;
    const list = groups.get(key);
    if (list) list.push(input);
    else groups.set(key, [input]);
  }
  return Array.from(groups.values()).flatMap(separateStatements);
}

/**
 * A statement a person ticks about themself ("I am a woman", "I have a disability"), in the languages
 * forms declare in: (fr) "Je suis…", "J'ai…", "Je fais partie…", (es) "Soy…", (de) "Ich bin…", (nl) "Ik ben…".
 */
const SELF_STATEMENT =
  /^(i (am|have|identify|consider)|je (suis|fais partie|m.identifie|me consid)|j.ai|soy|tengo|me (identifico|considero)|ich (bin|habe)|ik (ben|heb))\b/i;
/** A bilingual text ("Je suis une femme / I am a woman") says the same in each language: either half may be read. */
const selfStatement = (text: string): boolean =>
  readings(text).some((half) => SELF_STATEMENT.test(half.trim()));

/** A box named by a whole sentence ("I agree to the privacy policy…", "Keep my CV on file for 12 months") is a question of its own. */
const sentence = (text: string): boolean => text.trim().split(/\s+/).length >= 8;

/**
 * A self-declaration list ("Check the statements that apply to you": "I am a woman", "I am a person
 * with a disability"), each box named on its own: every box is an answer to its own question.
 */
function separateStatements(group: Element[]): Element[][] {
  if (group.length < 2 || choiceType(group[0]!) !== 'checkbox') return [group];
  const names = new Set(group.map((i) => i.getAttribute('name') ?? ''));
  if (names.size !== group.length || names.has('')) return [group];
  if (!group.every((i) => selfStatement(optionText(i)) || sentence(optionText(i)))) return [group];
  return group.map((i) => [i]);
}

/** 'radio' / 'checkbox' for native or ARIA choices, else ''. */
export function choiceType(el: Element): string {
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'radio' || type === 'checkbox' ? type : '';
  }
  const role = el.getAttribute('role');
  return role === 'radio' || role === 'checkbox' ? role : '';
}

/** A styled choice: the native input is hidden but its label or ARIA twin is what people click. */
function styledChoice(input: Element): boolean {
  return !!(closestTag(input, 'LABEL') || closestRole(input, 'checkbox', 'radio'));
}

export function choiceGroup(inputs: Element[], heading: string, ref: string): FieldDescriptor {
  const first = inputs[0]!;
  const type = choiceType(first);
  const kind: FieldKind =
    type === 'radio' ? 'radio-group' : inputs.length > 1 ? 'checkbox-group' : 'checkbox';
  const signals = gatherSignals(first, heading);
  const anchor = closestTag(first, 'LABEL') ?? first;
  const before = precedingText(anchor);
  // The question is the group's name, else the text right before the first choice.
  if (kind === 'checkbox') {
    signals.label = optionText(first);
    signals.nearby = before.join(' | ');
  } else {
    // A list labelled as one question (ASP.NET's RadioButtonList) is that question; a legend around it titles
    // the section it sits in ("2. Eligibility to work in the UK" over "Are you related to a councillor?").
    const listed = listLabel(first);
    if (listed) signals.group = '';
    signals.label =
      listed ||
      questionLabel(first) ||
      rowQuestion(first) ||
      rowQuestionBefore(anchor, inputs) ||
      signals.group ||
      before[0] ||
      '';
    signals.nearby = (signals.group ? before : before.slice(1)).join(' | ');
  }
  const hidden = inputs.every((i) => (hiddenItself(i) && !styledChoice(i)) || hiddenByAncestor(i));
  return {
    ref,
    kind,
    elements: inputs,
    options: inputs.map(toOption),
    signals,
    inputType: type,
    required: inputs.some((i) => i.hasAttribute('required') || i.getAttribute('aria-required') === 'true'),
    readOnly: false,
    disabled: inputs.every((i) => i.hasAttribute('disabled')),
    hidden,
    honeypot: false,
    currentValue: inputs
      .filter((i) =>
        i.tagName === 'INPUT'
          ? ((i as HTMLInputElement).checked ?? i.hasAttribute('checked'))
          : i.getAttribute('aria-checked') === 'true',
      )
      .map(optionText)
      .join('; '),
  };
}
