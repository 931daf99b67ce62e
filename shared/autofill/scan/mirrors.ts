import { clean, labelsFor } from './dom.ts';

/** Custom widgets drawn over a native control that keeps their value: one question, two elements. */

/** The custom combobox a select2-style widget draws right after the native <select> it mirrors. */
export function mirrorsSelect(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 4; depth++, e = e.parentElement)
    if (e.previousElementSibling?.tagName === 'SELECT') return true;
  return false;
}

/** The combobox a select2-style widget draws right after the native <select> it mirrors, if any. */
function drawnOver(select: Element): Element | null {
  if (select.tagName !== 'SELECT') return null;
  const next = select.nextElementSibling;
  if (!next) return null;
  return next.getAttribute('role') === 'combobox' ? next : next.querySelector('[role="combobox"]');
}

/** A native <select> hidden behind a custom combobox sibling (select2 and the like). */
export function mirroredSelect(el: Element): boolean {
  return !!drawnOver(el);
}

/**
 * A value keeper is kept out of reach: hidden from assistive tech (`aria-hidden`) or from the Tab key
 * (`tabindex=-1`); Workday renders either, and no person types into a box neither can reach.
 */
const outOfReach = (el: Element): boolean =>
  el.getAttribute('aria-hidden') === 'true' || el.getAttribute('tabindex') === '-1';

/**
 * The nameless aria-hidden input a custom select keeps its chosen value in (MUI's beside its combobox,
 * Workday's beside its listbox button), next to the control people click: part of the same question, never a question of its own.
 */
function valueMirror(el: Element): Element | null {
  const dropdown =
    el.getAttribute('role') === 'combobox' ||
    (el.tagName === 'BUTTON' && el.getAttribute('aria-haspopup') === 'listbox');
  if (el.tagName === 'INPUT' || !dropdown) return null;
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling)
    if (s.tagName === 'INPUT' && outOfReach(s) && !s.getAttribute('name') && !s.getAttribute('id')) return s;
  return null;
}

/**
 * The dropdown a named value input sits behind (MUI's opacity-0 `MuiSelect-nativeInput name="…"` right
 * after its `div role=combobox`): the input asks what the dropdown asks, so it reads the dropdown's words.
 */
export function dropdownOfValueInput(el: Element): Element | null {
  if (el.tagName !== 'INPUT' || !outOfReach(el)) return null;
  const before = el.previousElementSibling;
  const dropdown =
    before?.getAttribute('role') === 'combobox' ||
    (before?.tagName === 'BUTTON' && before.getAttribute('aria-haspopup') === 'listbox');
  return dropdown ? before : null;
}

/**
 * The hidden value input a date picker's visible box stands in for (flatpickr's `altInput`: the original
 * input turns `type=hidden` and a copy with neither id nor name is inserted right after it), when a
 * label names it: the label people read over the box is the box's question.
 */
export function pickerOfAltInput(el: Element): Element | null {
  if (el.tagName !== 'INPUT' || el.getAttribute('id') || el.getAttribute('name')) return null;
  const before = el.previousElementSibling;
  if (before?.tagName !== 'INPUT' || (before.getAttribute('type') ?? '').toLowerCase() !== 'hidden')
    return null;
  return labelsFor(before).length ? before : null;
}

/** The other half of a two-element widget: the select2 combobox over a <select>, or a dropdown's value input. */
export function twinOf(el: Element): Element | null {
  return drawnOver(el) ?? valueMirror(el);
}

/**
 * A small picker that qualifies the box after it ("Currency", a dialling code): the question before
 * the picker is the box's question too ("What salary are you looking for?" [GBP] [____]).
 */
const COMPANION =
  /^(currency|devise|wahrung|moneda|moeda|valuta|unit|period|country code|dial(ling)? code|code)$/i;
export function companionPicker(el: Element): boolean {
  if (el.tagName !== 'SELECT') return false;
  const name = clean(el.getAttribute('aria-label') || el.getAttribute('title') || '');
  return COMPANION.test(name) || /(^|[_-])(currency|unit|period)$/i.test(el.getAttribute('name') ?? '');
}

/** A custom select's drawn placeholder ("Years" in Ant Design's `ant-select-selection-placeholder`). */
const PLACEHOLDER_CLASS = /(^|[\s_-])placeholder(\s|$)/;
const CONTROL = 'input, select, textarea, [role="combobox"]';
const isDrawnPlaceholder = (e: Element | null): e is Element =>
  !!e && PLACEHOLDER_CLASS.test(e.getAttribute('class') ?? '') && !e.querySelector(CONTROL);

/**
 * The placeholder a custom select draws right after its search input's wrapper instead of a placeholder
 * attribute (Ant Design / rc-select): the box's own prompt, as `placeholder` would be.
 */
export function drawnPlaceholder(el: Element): string {
  if (el.tagName !== 'INPUT' || el.getAttribute('placeholder') || el.getAttribute('role') !== 'combobox')
    return '';
  for (let e: Element | null = el, level = 0; e && level < 2; e = e.parentElement, level++)
    if (isDrawnPlaceholder(e.nextElementSibling)) return clean(e.nextElementSibling?.textContent);
  return '';
}

/** Such a placeholder, read from the box after it: it prompts the select before it, not the next question. */
export function placeholderOfPrevious(el: Element): boolean {
  if (!isDrawnPlaceholder(el)) return false;
  const before = el.previousElementSibling;
  return !!before && (before.matches(CONTROL) || !!before.querySelector(CONTROL));
}
