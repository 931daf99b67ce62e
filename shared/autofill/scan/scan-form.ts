import { isChoicePrompt } from '../prompt-text.ts';
import type { FieldDescriptor, FieldKind, FieldOption } from '../types.ts';
import {
  chosenOption,
  clean,
  closestRole,
  closestTag,
  indexElement,
  labelsFor,
  type ScanRoot,
  type ShadowRootGetter,
  textOf,
  withDomIndex,
} from './dom.ts';
import { choiceGroup, choiceType, groupChoices } from './groups.ts';
import { listboxOptions } from './listbox.ts';
import { dropdownOfValueInput, mirroredSelect, mirrorsSelect, twinOf } from './mirrors.ts';
import { withScanMemo } from './scan-memo.ts';
import { CONTROLS, headingTracker } from './section-heading.ts';
import { gatherSignals } from './signals.ts';
import { rowDocumentType } from './tables.ts';
import { hiddenByAncestor, hiddenItself, looksLikeHoneypot } from './visibility.ts';

export interface ScanOptions {
  /** Opens closed shadow roots (chrome.dom.openOrClosedShadowRoot in a content script). */
  getShadowRoot?: ShadowRootGetter;
  /**
   * Judges from the real layout whether a person can see a field (scan/layout.ts in a content
   * script); returns why not, or null. Without it only attributes and inline styles count.
   */
  seenByPeople?: (field: FieldDescriptor) => string | null;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

interface Found {
  el: Element;
  heading: string;
}

function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (SKIPPED_INPUT_TYPES.has(type)) return false;
    // react-select mirrors its value into a nameless aria-hidden input for validation only
    if (!el.getAttribute('name') && !el.getAttribute('id') && el.getAttribute('aria-hidden') === 'true')
      return false;
    return true;
  }
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  const role = el.getAttribute('role');
  if (role === 'combobox') return !el.querySelector('input, select, textarea') && !mirrorsSelect(el);
  // ARIA radios / checkboxes drawn without a native input (yes/no button pairs)
  if (role === 'radio' || role === 'checkbox') return !el.querySelector('input');
  if (isRichText(el)) return true;
  // Workday-style dropdown: a button that opens a listbox
  return tag === 'BUTTON' && el.getAttribute('aria-haspopup') === 'listbox';
}

/**
 * A rich-text editor box (cover letters on some ATSs): the outermost editable element. An <input> given
 * role="textbox" (Harri's "Where do you live?") is still a one-line box.
 */
function isRichText(el: Element): boolean {
  if (el.tagName === 'INPUT') return false;
  const editable = el.getAttribute('contenteditable');
  if (!(el.getAttribute('role') === 'textbox' || editable === 'true' || editable === '')) return false;
  const parent = el.parentElement;
  return !parent?.closest('[contenteditable="true"], [contenteditable=""], [role="textbox"]');
}

/**
 * A form laid out as a table titles its sections with a row of one cell across the table ("<tr class=fbSection>
 * <td colspan=2>References (not related to you)</td></tr>"): a heading for the rows under it.
 */
function isSectionRow(el: Element): boolean {
  if (el.tagName !== 'TD' && el.tagName !== 'TH') return false;
  const row = el.parentElement;
  if (row?.tagName !== 'TR' || row.children.length !== 1) return false;
  if (Number(el.getAttribute('colspan') ?? '1') < 2 || el.querySelector(CONTROLS)) return false;
  return textOf(el, 200).split(/\s+/).length <= 12;
}

/** One walk in document order, through shadow roots, remembering the headings still open (section-heading.ts). */
function collect(root: ScanRoot, getShadowRoot?: ShadowRootGetter): Found[] {
  const found: Found[] = [];
  const headings = headingTracker();
  const visit = (scope: ScanRoot): void => {
    // index ids and label[for] of the whole root while walking (labels may sit outside a scanned element)
    const indexed = scope.nodeType === 9 || scope.nodeType === 11 ? (scope as Document | ShadowRoot) : null;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (indexed) indexElement(indexed, el);
      if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading' || isSectionRow(el))
        headings.heading(el);
      else if (isControl(el)) found.push({ el, heading: headings.titleOf(el) });
      const shadow = el.shadowRoot ?? getShadowRoot?.(el) ?? null;
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return found;
}

function kindOf(el: Element): FieldKind {
  const tag = el.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA' || isRichText(el)) return 'textarea';
  if (tag !== 'INPUT') return 'combobox';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (el.getAttribute('role') === 'combobox' || closestRole(el, 'combobox')) return 'combobox';
  if (type === 'email' || type === 'tel' || type === 'url' || type === 'number' || type === 'file')
    return type;
  if (type === 'date' || type === 'month' || type === 'datetime-local') return 'date';
  return 'text';
}

function selectOptions(el: Element): FieldOption[] {
  return Array.from(el.querySelectorAll('option')).map((o) => ({
    text: clean(o.textContent),
    value: o.getAttribute('value') ?? clean(o.textContent),
    element: o,
  }));
}

function currentValue(el: Element, kind: FieldKind): string {
  if (kind === 'select') {
    const sel = chosenOption(el);
    return sel && (sel.getAttribute('value') ?? '') !== '' ? clean(sel.textContent) : '';
  }
  if (kind === 'file') return (el as HTMLInputElement).files?.length ? 'file' : '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value ?? '';
  // Workday-style dropdown buttons show their choice as their text
  const shown = textOf(el, 100);
  // Before anything is chosen it prompts, or shows only a dialling code.
  return isChoicePrompt(shown) || /^\+?\d{1,4}$/.test(shown.trim()) ? '' : shown;
}

/** required / aria-required, or a label ending in the usual '*' marker (raw text: the '*' is often aria-hidden). */
function required(el: Element): boolean {
  if (el.hasAttribute('required') || el.getAttribute('aria-required') === 'true') return true;
  const labels = [closestTag(el, 'LABEL'), ...labelsFor(el)].filter((l): l is Element => !!l);
  return labels.some((l) => /[*✱]\s*$/.test(clean(l.textContent)));
}

function single(el: Element, heading: string, ref: string): FieldDescriptor {
  const kind = kindOf(el);
  const signals = gatherSignals(el, heading);
  const documentType = kind === 'file' ? rowDocumentType(el) : '';
  if (documentType) signals.nearby = [documentType, signals.nearby].filter(Boolean).join(' | ');
  const ownHidden = hiddenItself(el);
  const ancestorHidden = hiddenByAncestor(el);
  // File inputs are routinely hidden behind an "Attach" button, and select2-style widgets hide
  // the native <select> they mirror: neither is hiding the question from people.
  const hidden = kind === 'file' || mirroredSelect(el) ? ancestorHidden : ownHidden || ancestorHidden;
  const rawLabel = signals.label || signals.nearby;
  return {
    ref,
    kind,
    elements: [el, twinOf(el)].filter((e): e is Element => !!e),
    options: kind === 'select' ? selectOptions(el) : kind === 'combobox' ? listboxOptions(el) : [],
    signals,
    inputType: (el.getAttribute('type') ?? el.tagName).toLowerCase(),
    required: required(el),
    readOnly: el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true',
    disabled: el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true',
    hidden,
    // (a dropdown's value input is hidden and out of the tab order by design: part of the widget, not bait)
    honeypot: !dropdownOfValueInput(el) && looksLikeHoneypot(el, rawLabel, hidden),
    currentValue: currentValue(el, kind),
  };
}

/**
 * Every fillable control under root, in document order: inputs, selects, textareas,
 * comboboxes, file inputs, and radio / checkbox questions as one descriptor each.
 */
export function scanForm(root: ScanRoot, options: ScanOptions = {}): FieldDescriptor[] {
  return withDomIndex(() => withScanMemo(() => scanIndexed(root, options)));
}

function scanIndexed(root: ScanRoot, options: ScanOptions): FieldDescriptor[] {
  const found = collect(root, options.getShadowRoot);
  const choices = found.filter(({ el }) => choiceType(el) !== '');
  const groupOf = new Map<Element, Element[]>();
  for (const g of groupChoices(choices.map((c) => c.el))) for (const el of g) groupOf.set(el, g);
  const out: FieldDescriptor[] = [];
  const done = new Set<Element[]>();
  const judged = (field: FieldDescriptor): FieldDescriptor => {
    if (field.hidden || !options.seenByPeople) return field;
    const reason = options.seenByPeople(field);
    return reason ? { ...field, hidden: true, hiddenReason: reason } : field;
  };
  for (const { el, heading } of found) {
    const group = groupOf.get(el);
    // One odd control must not cost the whole form: it is left out, the rest still fills.
    try {
      if (group) {
        if (done.has(group)) continue;
        done.add(group);
        out.push(judged(choiceGroup(group, heading, `f${out.length}`)));
      } else out.push(judged(single(el, heading, `f${out.length}`)));
    } catch {
      // skipped
    }
  }
  return out;
}
