import type { FieldOption } from '../types.ts';
import { clean, closestTag, labelsFor, textOf } from './dom.ts';
import { meaningful } from './labels.ts';

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
  for (const l of labelsFor(input)) {
    const t = textOf(l, 300);
    if (meaningful(t)) return t;
  }
  const aria = clean(input.getAttribute('aria-label'));
  if (aria) return aria;
  if (input.tagName !== 'INPUT') return textOf(input, 200);
  // <input type=radio> Yes  — bare text right after the input
  const next = input.nextSibling;
  if (next && next.nodeType === 3 && meaningful(clean(next.nodeValue))) return clean(next.nodeValue);
  return clean(input.getAttribute('value'));
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
  return Array.from(groups.values());
}
