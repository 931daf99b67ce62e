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
import { formatTitle, helpAfter, subLabelAfter } from './help.ts';
import { companionPicker, placeholderOfPrevious } from './mirrors.ts';
import { columnCaption, rowHeader, rowTitlePart } from './tables.ts';
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

const HEADINGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

/**
 * Text chunks just before `start`, nearest first, stopping at the previous control or after the heading above:
 * what a person reads as the question when markup gives no <label>.
 */
export function precedingText(start: Element, maxChunks = 6, maxChars = 400): string[] {
  const chunks: string[] = [];
  let chars = 0;
  let steps = 0;
  let lastNode: Node | null = null;
  for (let n = previousNode(start); n && steps < 400; n = previousNode(n), steps++) {
    if (isBoundaryControl(n, start) && !companionPicker(n as Element)) break;
    const icon = iconName(n);
    if (n.nodeType !== 3 && !icon) continue;
    const parent = n.parentElement;
    if (parent && ancestorWhere(parent, skipTextIn)) continue;
    if (parent && placeholderOfPrevious(parent)) continue;
    if (labelOfAnother(n, start) || (parent && helpOfAnother(parent, start))) break;
    let raw = n.nodeValue ?? '';
    // "Manager's" can reach the DOM as three sibling text nodes ("Manager", "'", "s"): a React `{a}{b}`
    // render or an HTML parser splitting at entities. A reader sees one run of text, so read it as one.
    while (!icon && n.previousSibling?.nodeType === 3) {
      n = n.previousSibling as Node;
      raw = `${n.nodeValue ?? ''}${raw}`;
    }
    const t = icon || clean(raw);
    if (!meaningful(t)) continue;
    // "CV <span>/ Résumé</span>": the second language's half, in markup of its own, goes on the phrase before it
    const last = chunks.length - 1;
    if (chunks[last]?.startsWith('/ ')) {
      chunks[last] = `${t} ${chunks[last]}`;
      chars += t.length;
      continue;
    }
    // "Earliest start date<span lang="fr">Date d'entrée en fonction</span>": a translation marked by its
    // language is the caption it follows said again; both are one caption, "A / B", read in either language
    if (lastNode && translationOf(lastNode, n)) {
      chunks[last] = `${t} / ${chunks[last]}`;
      chars += t.length;
      lastNode = n;
      continue;
    }
    chunks.push(t);
    lastNode = n;
    chars += t.length;
    if (chunks.length >= maxChunks || chars >= maxChars) break;
    // A heading opens the box's section: text above it is the section before's ("Please include your degree" under
    // the résumé box is not about the "Full name" box below the next heading, forms-dev45).
    if (parent && closestTag(parent, ...HEADINGS)) break;
  }
  return chunks;
}

/**
 * `text` is a translation of the caption `before` it: it sits alone in an element marked with a language
 * (`<span lang="fr">`) right after `before`, inside the same caption element.
 */
function translationOf(text: Node, before: Node): boolean {
  const marked = text.parentElement;
  if (!marked?.hasAttribute('lang') || clean(marked.textContent) !== clean(text.nodeValue)) return false;
  return marked.previousSibling === before;
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

/**
 * Text in the help printed right after another box ("Other names used" then its "Maiden or previous names under
 * which your … employment records may be found"): that box's, and the walk back has left this one's words.
 */
function helpOfAnother(el: Element, self: Element): boolean {
  for (let p: Element | null = el, depth = 0; p && depth < 2; p = p.parentElement, depth++) {
    const prev = p.previousElementSibling;
    if (prev && prev !== self && /^(INPUT|SELECT|TEXTAREA)$/.test(prev.tagName) && helpAfter(prev))
      return true;
  }
  return false;
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
  if (!parts.some(meaningful)) parts.push(subLabelAfter(el));
  if (!parts.some(meaningful)) parts.push(columnCaption(el));
  if (!parts.some(meaningful)) parts.push(rowTitlePart(el));
  if (!parts.some(meaningful)) parts.push(wrapperName(el));
  return clean(Array.from(new Set(parts.filter(meaningful))).join(' | ')).slice(0, 400);
}

export { meaningful, rootOf };
