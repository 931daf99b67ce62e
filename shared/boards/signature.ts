import { allBoards } from './registry.ts';
import type { SignatureMark } from './types.ts';

/**
 * A board's DOM signature in its two derived forms: a CSS selector (sniffing a document) and
 * per-attribute tests (the page scan in capture/sources/scan.ts, which compiles no selector).
 */

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** The CSS form of one mark. */
export function markCss(m: SignatureMark): string {
  if ('tag' in m) return m.tag;
  if ('equals' in m) return `[${m.attr}=${cssString(m.equals)}]`;
  if ('word' in m) return `[${m.attr}~=${cssString(m.word)}]`;
  if ('contains' in m) return `[${m.attr}*=${cssString(m.contains)}]`;
  return `[${m.attr}]`;
}

/** The attribute form of one mark (tag marks are tested on the element, not an attribute). */
function markTest(m: Exclude<SignatureMark, { tag: string }>): (value: string) => boolean {
  if ('equals' in m) return (v) => v === m.equals;
  if ('word' in m) return (v) => v.split(/\s+/).includes(m.word);
  if ('contains' in m) return (v) => v.includes(m.contains);
  return () => true;
}

interface Derived {
  count: number;
  css: [board: string, selector: string][];
  byAttr: Map<string, [board: string, test: (v: string) => boolean][]>;
  byTag: Map<string, string>;
}
let derived: Derived | null = null;

/** Built on first use, and again if a board registered since. */
function forms(): Derived {
  const boards = allBoards();
  if (derived?.count === boards.length) return derived;
  const d: Derived = { count: boards.length, css: [], byAttr: new Map(), byTag: new Map() };
  for (const b of boards) {
    if (!b.signature?.length) continue;
    d.css.push([b.id, b.signature.map(markCss).join(', ')]);
    for (const m of b.signature) {
      if ('tag' in m) d.byTag.set(m.tag.toUpperCase(), b.id);
      else d.byAttr.set(m.attr, [...(d.byAttr.get(m.attr) ?? []), [b.id, markTest(m)]]);
    }
  }
  derived = d;
  return d;
}

/** The board's signature as one CSS selector list, or undefined when it has none. */
export const signatureCss = (id: string): string | undefined => forms().css.find(([b]) => b === id)?.[1];

/** Board whose signature this element (by its tag) or this attribute of it carries. */
export function boardOfAttribute(el: Element, name: string, value: string): string | null {
  const d = forms();
  const byTag = d.byTag.size ? d.byTag.get(el.tagName) : undefined;
  if (byTag) return byTag;
  for (const [board, test] of d.byAttr.get(name) ?? []) if (test(value)) return board;
  return null;
}

/** Which board's signature the document carries: one combined selector query, then `matches`. */
export function sniffBoard(doc: Document): string | null {
  const { css } = forms();
  let hit: Element | null = null;
  try {
    hit = doc.querySelector(css.map(([, sel]) => sel).join(', '));
  } catch {
    return null;
  }
  if (!hit) return null;
  for (const [id, sel] of css) {
    try {
      if (hit.matches(sel)) return id;
    } catch {}
  }
  return null;
}
