/** Small DOM helpers that work in browsers, content scripts and linkedom. */

export type ShadowRootGetter = (el: Element) => ShadowRoot | null | undefined;
export type ScanRoot = Document | ShadowRoot | Element;

const SKIP_TEXT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'OPTION',
  'SELECT',
  'TEXTAREA',
]);

/** Collapses whitespace and trims. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The option a select shows: the live choice in a browser, the `selected` attribute on a saved page. */
export function chosenOption(select: Element): Element | null {
  return (select as HTMLSelectElement).selectedOptions?.[0] ?? select.querySelector('option[selected]');
}

/**
 * Visible-ish text of a subtree: skips scripts, styles, form values, option lists
 * and aria-hidden parts (decorations such as the required '*').
 */
/**
 * A form's "Required" / "Optional" tag inside a caption ("First Name <span class=if-required>Required</span>",
 * Interfolio): styled apart from the caption, not part of its words.
 */
const MARKER_CLASS = /(?:^|[-_\s])(?:required|optional|mandatory)(?:$|[-_\s])/i;
const MARKER_WORD =
  /^\(?(?:required|optional|mandatory|obligatoire|facultatif|requis|obligatorio|opcional|pflichtfeld|optional|verplicht|optioneel|obbligatorio|facoltativo|任意|必須)\)?$/i;
function requiredMarker(el: Element): boolean {
  return MARKER_CLASS.test(el.getAttribute('class') ?? '') && MARKER_WORD.test((el.textContent ?? '').trim());
}

/**
 * `referenced`: the node is named by aria-labelledby / aria-describedby, whose text counts even when the node
 * itself is hidden from readers (a floating label `<span aria-hidden="true">` over its box, as the accessible-name
 * rules read it); its hidden descendants are still skipped.
 */
export function textOf(node: Node | null | undefined, max = 400, referenced = false): string {
  if (!node) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (n: Node): void => {
    if (length > max) return;
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      if (t.trim()) {
        parts.push(t);
        length += t.length;
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP_TEXT_TAGS.has(el.tagName.toUpperCase())) return;
      if (el.getAttribute('aria-hidden') === 'true' && !(referenced && n === node)) return;
      if (n !== node && requiredMarker(el)) return;
      const role = el.getAttribute('role');
      // an option list inside a label is not the label; an option itself is read in full
      if ((role === 'listbox' || role === 'option') && n !== node) return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return clean(parts.join(' ')).slice(0, max);
}

/** The document or shadow root an element lives in. */
export function rootOf(el: Element): Document | ShadowRoot {
  const r = el.getRootNode?.();
  return (r && (r as Node).nodeType === 11 ? r : el.ownerDocument) as Document | ShadowRoot;
}

function quoteAttr(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

interface DomIndex {
  ids: Map<string, Element>;
  labels: Map<string, Element[]>;
}
/** Per-scan lookup tables: one pass per root instead of one selector query per field. */
let indexes: Map<Document | ShadowRoot, DomIndex> | null = null;

export function withDomIndex<T>(fn: () => T): T {
  const previous = indexes;
  indexes = new Map();
  try {
    return fn();
  } finally {
    indexes = previous;
  }
}

/** Adds one element to the scan's index of its root (the collecting walk calls this, sparing a pass). */
export function indexElement(scope: Document | ShadowRoot, el: Element): void {
  if (!indexes) return;
  let index = indexes.get(scope);
  if (!index) {
    index = { ids: new Map(), labels: new Map() };
    indexes.set(scope, index);
  }
  const id = el.getAttribute('id');
  if (id && !index.ids.has(id)) index.ids.set(id, el);
  const target = el.tagName === 'LABEL' ? el.getAttribute('for') : null;
  if (target) index.labels.set(target, [...(index.labels.get(target) ?? []), el]);
}

function indexFor(scope: Document | ShadowRoot): DomIndex | null {
  if (!indexes) return null;
  let index = indexes.get(scope);
  if (!index) {
    index = { ids: new Map(), labels: new Map() };
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const id = el.getAttribute('id');
      if (id && !index.ids.has(id)) index.ids.set(id, el);
      const target = el.tagName === 'LABEL' ? el.getAttribute('for') : null;
      if (target) index.labels.set(target, [...(index.labels.get(target) ?? []), el]);
    }
    indexes.set(scope, index);
  }
  return index;
}

export function byId(scope: Document | ShadowRoot, id: string): Element | null {
  if (!id) return null;
  const index = indexFor(scope);
  if (index) return index.ids.get(id) ?? null;
  try {
    return scope.querySelector(`[id=${quoteAttr(id)}]`);
  } catch {
    return null;
  }
}

/** Texts of the elements named by an id-list attribute (aria-labelledby, aria-describedby). */
export function idRefText(el: Element, attr: string): string {
  const ids = clean(el.getAttribute(attr));
  if (!ids) return '';
  const scope = rootOf(el);
  return clean(
    ids
      .split(' ')
      .map((id) => textOf(byId(scope, id), 300, true))
      .join(' '),
  );
}

export function labelsFor(el: Element): Element[] {
  const id = el.getAttribute('id');
  if (!id) return [];
  const index = indexFor(rootOf(el));
  if (index) return index.labels.get(id) ?? [];
  try {
    return Array.from(rootOf(el).querySelectorAll(`label[for=${quoteAttr(id)}]`));
  } catch {
    return [];
  }
}

/**
 * Every element under root, descending into open shadow roots and, through the
 * caller's hook (e.g. chrome.dom.openOrClosedShadowRoot), into closed ones.
 */
export function deepQueryAll(root: ScanRoot, selector: string, getShadowRoot?: ShadowRootGetter): Element[] {
  const out: Element[] = [];
  const visit = (scope: ScanRoot): void => {
    if ((scope as Element).matches?.(selector)) out.push(scope as Element);
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      if (el.matches(selector)) out.push(el);
      const shadow = el.shadowRoot ?? getShadowRoot?.(el) ?? null;
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return out;
}

/** Next node in document order that is not inside `node` (used to walk backwards mirrored). */
export function previousNode(node: Node): Node | null {
  if (node.previousSibling) {
    let n: Node = node.previousSibling;
    while (n.lastChild && !(n.nodeType === 1 && SKIP_TEXT_TAGS.has((n as Element).tagName.toUpperCase())))
      n = n.lastChild;
    return n;
  }
  return node.parentNode && node.parentNode.nodeType !== 9 ? node.parentNode : null;
}

/** closest() without a selector engine: linkedom re-parses selectors on every call. */
export function ancestorWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}

export function closestTag(el: Element, ...tags: string[]): Element | null {
  return ancestorWhere(el, (e) => tags.includes(e.tagName));
}

export function closestRole(el: Element, ...roles: string[]): Element | null {
  return ancestorWhere(el, (e) => roles.includes(e.getAttribute('role') ?? ''));
}

/** Meaningful text has at least two letters (drops '*', '✱', ':' decorations). */
export function meaningful(text: string): boolean {
  return /\p{L}.*\p{L}/su.test(text);
}
