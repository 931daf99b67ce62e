import { LIMITS } from '../dom.ts';
import { keepsLines } from '../normalize/keeps-lines.ts';

/**
 * The block with the most paragraph/list text (a small Readability-like score: each <p>/<li>
 * credits its parent fully, its grandparent half and the next one a quarter), widened to sibling
 * sections that carry paragraph text of their own. Bounded: at most LIMITS.nodes paragraphs.
 */

/**
 * Text laid out by its own line breaks (keeps-lines.ts: <pre>, or a block styled white-space: pre-wrap,
 * as iCIMS prints each section) holding no paragraphs of its own: each line it holds is a paragraph.
 */
export function isPreformatted(el: Element): boolean {
  return keepsLines(el) && !el.querySelector('p, li, div, ul, ol, table, pre');
}

/** A paragraph's credit and the element it credits: a preformatted block's lines credit the block. */
function credits(p: Element): Array<[string, Element | null]> {
  if (isPreformatted(p))
    return (p.textContent ?? '')
      .slice(0, 6_000)
      .split(/\n/)
      .map((line) => [line, p] as [string, Element]);
  // A list item credits the list's container, so bullets and paragraphs add up in one block.
  const parent = p.tagName === 'LI' ? (p.parentElement?.parentElement ?? null) : p.parentElement;
  // Indentation is not text: a prettified page ("<p>\n            Text") would otherwise credit each
  // line break and its spaces.
  return [[(p.textContent ?? '').slice(0, 2_000).replace(/\s+/g, ' ').trim(), parent]];
}

export function densestBlock(paras: readonly Element[], h1s: readonly Element[] = []): Element | null {
  const scores = new Map<Element, number>();
  const own = new Map<Element, number>();
  const pageForms = new Map<Element, boolean>();
  const n = Math.min(paras.length, LIMITS.nodes);
  for (let i = 0; i < n; i++) {
    const p = paras[i]!;
    if (inChrome(p, h1s, pageForms)) continue;
    for (const [text, parent] of credits(p)) {
      const len = text.length;
      if (len < 25 || !parent) continue;
      const commas = text.split(/[,.;]/).length;
      const s = 1 + Math.min(len / 100, 3) + Math.min(commas, 6) * 0.2;
      scores.set(parent, (scores.get(parent) ?? 0) + s);
      own.set(parent, (own.get(parent) ?? 0) + s);
      const gp = parent.parentElement;
      if (gp) scores.set(gp, (scores.get(gp) ?? 0) + s / 2);
      const ggp = gp?.parentElement;
      if (ggp) scores.set(ggp, (scores.get(ggp) ?? 0) + s / 4);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (best && bestScore >= 3) return withScoredSiblings(best, own, h1s);
  // A short posting (an hourly role in three lines) still has its text right after the title: a
  // smaller block is taken only there, so a page of scattered snippets gives nothing.
  const title = h1s[0];
  if (best && bestScore >= SHORT_POSTING_SCORE && title && follows(title, best) && !best.contains(title))
    return best;
  return null;
}

/** The credit of one short sentence with a full stop (1 + length/100 + 2 × 0.2). */
const SHORT_POSTING_SCORE = 1.6;

/** Whether b comes after a in document order (by ancestor chains; DOM shims differ on compareDocumentPosition). */
function follows(a: Element, b: Element): boolean {
  const chain = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let cur: Element | null = el; cur; cur = cur.parentElement) out.unshift(cur);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length || i === cb.length) return false; // one holds the other
  for (let c = ca[i]!.nextElementSibling; c; c = c.nextElementSibling) if (c === cb[i]) return true;
  return false;
}

/**
 * Sections printed as sibling blocks ("DESCRIPTION", "BASIC QUALIFICATIONS", "PREFERRED…"): when
 * the siblings of the densest block carry paragraph text of their own, their parent is the
 * description. Stops below the block holding the page title.
 */
function withScoredSiblings(
  el: Element,
  own: ReadonlyMap<Element, number>,
  h1s: readonly Element[],
): Element {
  let cur = el;
  for (let i = 0, free = 0; i < 2 && free < 6; i++) {
    const parent = cur.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    if (h1s.some((h) => parent.contains(h))) break;
    // A wrapper around this block alone ("expandable" containers), or a section that is only a
    // heading over it ("Wir bieten" + list), is the block itself: climbing it costs no step.
    if (parent.childElementCount === 1 || onlyHeadingsBeside(cur)) {
      free++;
      cur = parent;
      i--;
      continue;
    }
    let siblingScore = 0;
    let scored = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === cur) continue;
      const s = subtreeScore(c, own);
      if (s > 0) scored++;
      siblingScore += s;
    }
    if (scored === 0 || siblingScore < subtreeScore(cur, own) * 0.4) break;
    cur = parent;
  }
  return cur;
}

const HEADING = /^H[2-6]$/;
function onlyHeadingsBeside(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.children.length < 2) return false;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
    if (c !== el && !HEADING.test(c.tagName)) return false;
  return true;
}

/**
 * Paragraph credit held by an element or its children, three levels down (a section's heading,
 * its expandable wrapper, then the text block): cheap, since only scored parents count.
 */
function subtreeScore(el: Element, own: ReadonlyMap<Element, number>, depth = 2): number {
  let s = own.get(el) ?? 0;
  if (depth > 0)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) s += subtreeScore(c, own, depth - 1);
  return s;
}

/** A field an applicant fills in: what an application form has and a page-wide wrapper form lacks. */
const FILLABLE = 'textarea, select, input:not([type="hidden"]):not([type="submit"]):not([type="button"])';

const CHROME = new Set(['NAV', 'FOOTER', 'HEADER', 'FORM', 'ASIDE', 'BUTTON', 'LABEL', 'SELECT']);

/**
 * Inside navigation, footer, a form…: not description text. Walks parents by tag name (cheap). A
 * form that holds the page title, or has no field to fill in, is the page itself (ASP.NET, JSF and
 * Taleo wrap the whole page in one), not an application form; `pageForms` caches that answer per form.
 */
function inChrome(el: Element, h1s: readonly Element[], pageForms: Map<Element, boolean>): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 25; depth++, cur = cur.parentElement) {
    if (!CHROME.has(cur.tagName)) continue;
    if (cur.tagName !== 'FORM') return true;
    const form = cur;
    let wrapsPage = pageForms.get(form);
    if (wrapsPage == null) {
      wrapsPage = h1s.some((h) => form.contains(h)) || !form.querySelector(FILLABLE);
      pageForms.set(form, wrapsPage);
    }
    if (!wrapsPage) return true;
  }
  return false;
}
