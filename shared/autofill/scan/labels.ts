import type { FieldSignals } from '../types.ts';
import { standardAutocomplete } from './autocomplete.ts';
import {
  ancestorWhere,
  byId,
  clean,
  closestTag,
  idRefText,
  labelsFor,
  meaningful,
  previousNode,
  rootOf,
  textOf,
} from './dom.ts';
import { formatTitle, helpAfter } from './help.ts';
import { withLinkKind } from './link-kind.ts';
import {
  companionPicker,
  drawnPlaceholder,
  dropdownOfValueInput,
  pickerOfAltInput,
  placeholderOfPrevious,
} from './mirrors.ts';
import { captionedColumns, columnCaption, rowHeader, rowTitlePart } from './tables.ts';
import { dropZoneOf, uploadPurpose } from './uploads.ts';
import { wrapperName } from './wrapper-name.ts';

// TITLE / HEAD: the page title is not text a person reads next to a control.
const SKIP_TEXT_IN = new Set([
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'SCRIPT',
  'STYLE',
  'TITLE',
  'HEAD',
  'NOSCRIPT',
  'TEMPLATE',
]);
const skipTextIn = (e: Element): boolean =>
  SKIP_TEXT_IN.has(e.tagName) || e.getAttribute('role') === 'listbox';

function isBoundaryControl(node: Node, self: Element): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el === self || el.contains(self)) return false;
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return (el.getAttribute('type') ?? '').toLowerCase() !== 'hidden';
  return el.getAttribute('role') === 'combobox';
}

/** An icon's name: the <title> of an <svg> beside a box ("Portfolio or website"), which text walks skip. */
function iconName(n: Node): string {
  if (n.nodeType !== 1 || (n as Element).tagName.toUpperCase() !== 'SVG') return '';
  const title = Array.from((n as Element).children).find((c) => c.tagName.toUpperCase() === 'TITLE');
  return title ? clean(title.textContent) : '';
}

/**
 * Text chunks just before `start`, nearest first, stopping at the previous control:
 * what a person reads as the question when markup gives no <label>.
 */
export function precedingText(start: Element, maxChunks = 6, maxChars = 400): string[] {
  const chunks: string[] = [];
  let chars = 0;
  let steps = 0;
  for (let n = previousNode(start); n && steps < 400; n = previousNode(n), steps++) {
    if (isBoundaryControl(n, start) && !companionPicker(n as Element)) break;
    const icon = iconName(n);
    if (n.nodeType !== 3 && !icon) continue;
    const parent = n.parentElement;
    if (parent && ancestorWhere(parent, skipTextIn)) continue;
    if (parent && placeholderOfPrevious(parent)) continue;
    if (labelOfAnother(n, start)) break;
    const t = icon || clean(n.nodeValue);
    if (!meaningful(t)) continue;
    // "CV <span>/ Résumé</span>": the second language's half, in markup of its own, goes on the phrase before it
    const last = chunks.length - 1;
    if (chunks[last]?.startsWith('/ ')) {
      chunks[last] = `${t} ${chunks[last]}`;
      chars += t.length;
      continue;
    }
    chunks.push(t);
    chars += t.length;
    if (chunks.length >= maxChunks || chars >= maxChars) break;
  }
  return chunks;
}

const LABELABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** A <label> labels only its first labelable descendant (HTML spec), not every control inside it. */
export function wrappingLabel(el: Element): Element | null {
  if (!LABELABLE.has(el.tagName)) return null;
  const label = closestTag(el, 'LABEL');
  if (!label) return null;
  const first = Array.from(label.querySelectorAll('input, select, textarea, button')).find(
    (c) => !(c.tagName === 'INPUT' && (c.getAttribute('type') ?? '').toLowerCase() === 'hidden'),
  );
  return first === el ? label : null;
}

/**
 * A for-less, control-less <label> right after a control labels that control (CSS floating
 * labels: `<input placeholder=" "><label>City</label>`), not the control after it.
 */
function trailingLabelOwner(label: Element): Element | null {
  if (label.hasAttribute('for') || label.querySelector('input, select, textarea')) return null;
  const prev = label.previousElementSibling;
  return prev && isBoundaryControl(prev, label) ? prev : null;
}

/** Text inside another control's <label> belongs to that control, not to the one after it. */
function labelOfAnother(node: Node, self: Element): boolean {
  const label = node.parentElement ? closestTag(node.parentElement, 'LABEL') : null;
  if (!label || label.contains(self)) return false;
  const target = label.getAttribute('for');
  // (a `for` naming no element, as Ant Design's Form.Item label over its Upload, is a caption of the item)
  if (target && byId(rootOf(label), target)) return target !== self.getAttribute('id');
  const owner = trailingLabelOwner(label);
  if (owner) return owner !== self;
  return !!label.querySelector('input, select, textarea');
}

function trailingLabel(el: Element): Element | null {
  const next = el.nextElementSibling;
  return next?.tagName === 'LABEL' && trailingLabelOwner(next) === el ? next : null;
}

/** The accessible-name-like label: aria-labelledby, then <label>s, then aria-label, then title. */
export function labelText(el: Element): string {
  const parts: string[] = [];
  const labelledBy = idRefText(el, 'aria-labelledby');
  if (labelledBy) parts.push(labelledBy);
  const forLabels = labelsFor(el);
  for (const l of forLabels) parts.push(textOf(l, 300));
  const wrapping = wrappingLabel(el);
  if (wrapping && !forLabels.includes(wrapping)) parts.push(textOf(wrapping, 300));
  const trailing = parts.some(meaningful) ? null : trailingLabel(el);
  if (trailing) parts.push(textOf(trailing, 300));
  if (!parts.some(meaningful)) {
    const aria = clean(el.getAttribute('aria-label'));
    if (aria) parts.push(aria);
  }
  if (!parts.some(meaningful) && !formatTitle(el)) parts.push(clean(el.getAttribute('title')));
  if (!parts.some(meaningful)) parts.push(rowHeader(el));
  if (!parts.some(meaningful)) parts.push(columnCaption(el));
  if (!parts.some(meaningful)) parts.push(rowTitlePart(el));
  if (!parts.some(meaningful)) parts.push(wrapperName(el));
  return clean(Array.from(new Set(parts.filter(meaningful))).join(' | ')).slice(0, 400);
}

/**
 * fieldset legend or the name of an enclosing role=group / radiogroup / listbox (Workday's open prompt is a
 * body-level listbox of radios named by its question, `aria-labelledby` the question's label).
 */
export function groupText(el: Element): string {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.tagName === 'FIELDSET') {
      const legend = Array.from(p.children).find((c) => c.tagName === 'LEGEND');
      const t = legend ? textOf(legend, 200) : '';
      if (t) return t;
    }
    const role = p.getAttribute('role');
    if (role === 'group' || role === 'radiogroup' || role === 'listbox') {
      const t = idRefText(p, 'aria-labelledby') || clean(p.getAttribute('aria-label'));
      if (t) return t;
    }
    if (p.tagName === 'FORM') break;
  }
  return listTableName(el);
}

/**
 * The name of the list a control sits in: for a table with a header row, the text right before it ("Referees" above a Name / Phone / Relationship grid). A row of such a list
 * is about whoever the list names, not necessarily the person applying.
 */
function listTableName(el: Element): string {
  const table = closestTag(el, 'TABLE');
  const before = table && captionedColumns(table) ? (precedingText(table, 1)[0] ?? '') : '';
  // a sentence of instructions before the table ("Answers are reviewed with your resume.") names no list
  return HELP_SENTENCE.test(before) ? '' : before;
}
/** Several words ending in a full stop: help, not a title. */
const HELP_SENTENCE = /(\S+\s+){3,}\S*[.!]$/;

export function gatherSignals(el: Element, heading: string): FieldSignals {
  // the element whose words are this control's: the widget it is part of, or the box it stands in for
  const asked = dropdownOfValueInput(el) ?? pickerOfAltInput(el) ?? dropZoneOf(el) ?? el;
  const purpose = uploadPurpose(el);
  return {
    label: withLinkKind(el, labelText(asked)),
    nearby: precedingText(asked).join(' | '),
    group: groupText(asked),
    heading,
    description: (idRefText(el, 'aria-describedby') || helpAfter(el)).slice(0, 300),
    name: clean(el.getAttribute('name')),
    id: clean(el.getAttribute('id')),
    placeholder: clean(el.getAttribute('placeholder')) || drawnPlaceholder(el) || formatTitle(el),
    autocomplete: standardAutocomplete(el),
    accept: clean(el.getAttribute('accept')),
    ...(purpose ? { purpose } : {}),
  };
}

export { meaningful, rootOf };
