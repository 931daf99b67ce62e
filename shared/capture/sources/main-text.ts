import { LIMITS, textOf } from '../dom.ts';
import type { PageScan } from './scan.ts';

/**
 * Where the job description lives when no adapter knows: first an element named like one
 * ("job-description", "jobDescriptionText", "posting-description"…), else the block with the most
 * paragraph/list text (a small Readability-like score: each <p>/<li> credits its parent fully and
 * its grandparent half). Bounded: at most LIMITS.nodes paragraphs are scored.
 */

const MIN_TEXT = 400;

export function findDescriptionElement(page: PageScan, titleEl?: Element | null): Element | null {
  // A container named like a description wins (unless it is a teaser); else the densest block.
  // Climbing stops below the page title (an h1, or the heading that the title was read from).
  const barrier = titleEl && !page.h1s.includes(titleEl) ? [...page.h1s, titleEl] : page.h1s;
  const named = page.named.find((el) => textOf(el, MIN_TEXT * 2).length > MIN_TEXT) ?? null;
  return named ? withSiblingSections(named, barrier) : densestBlock(page.paragraphs, barrier);
}

/**
 * Boards often split a description into sibling blocks (description, requirements, benefits):
 * climb to the parent while it adds at most as much text again and does not hold the page title,
 * so those siblings come along but a page-wide wrapper (related jobs, footer) does not.
 */
function withSiblingSections(el: Element, h1s: readonly Element[]): Element {
  let cur = el;
  let len = textOf(cur, 40_000).length;
  for (let i = 0; i < 2; i++) {
    const parent = cur.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    // Stop below the block that holds the page title: that is the page, not the description; a
    // run of like sections after this one still belongs to it.
    if (h1s.some((h) => parent.contains(h))) return withFollowingRun(cur);
    const plen = textOf(parent, len * 6 + 1).length;
    // A run of like sections (intro, tasks, profile, offer as sibling <section>s or data-at="section-…")
    // is one description however long the others are; any other parent may add at most as much again.
    if (plen > len * (inRunOfSections(cur) ? 6 : 2)) break;
    cur = parent;
    len = plen;
  }
  return cur;
}

/** A section's kind: its tag and name prefix ("SECTION:offer" for data-testid="offer-requirements"). */
const sectionKind = (e: Element) =>
  `${e.tagName}:${(e.getAttribute('data-at') ?? e.getAttribute('data-testid') ?? '').replace(/[-_][^-_]*$/, '')}`;

/**
 * "Description", "Requirements", "How we work" as sibling sections of a page-wide <main> that also
 * holds the title: the description and the like sections right after it, copied into one detached block.
 */
function withFollowingRun(el: Element): Element {
  if (!inRunOfSections(el)) return el;
  const kind = sectionKind(el);
  const run = el.ownerDocument.createElement('div');
  run.appendChild(el.cloneNode(true));
  for (let c = el.nextElementSibling; c && sectionKind(c) === kind; c = c.nextElementSibling)
    run.appendChild(c.cloneNode(true));
  return run.childElementCount > 1 ? run : el;
}

/** The element and at least two of its siblings are sections of one kind: same tag and name prefix. */
function inRunOfSections(el: Element): boolean {
  const kind = sectionKind;
  const mine = kind(el);
  if (el.tagName !== 'SECTION' && mine.endsWith(':')) return false;
  let alike = 0;
  for (let c = el.parentElement?.firstElementChild ?? null; c; c = c.nextElementSibling)
    if (c !== el && kind(c) === mine) alike++;
  return alike >= 2;
}

export function densestBlock(paras: readonly Element[], h1s: readonly Element[] = []): Element | null {
  const scores = new Map<Element, number>();
  const own = new Map<Element, number>();
  const n = Math.min(paras.length, LIMITS.nodes);
  for (let i = 0; i < n; i++) {
    const p = paras[i]!;
    if (inChrome(p)) continue;
    const text = (p.textContent ?? '').slice(0, 2_000);
    const len = text.length;
    if (len < 25) continue;
    const commas = text.split(/[,.;]/).length;
    const s = 1 + Math.min(len / 100, 3) + Math.min(commas, 6) * 0.2;
    // A list item credits the list's container, so bullets and paragraphs add up in one block.
    const parent = p.tagName === 'LI' ? (p.parentElement?.parentElement ?? null) : p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + s);
    own.set(parent, (own.get(parent) ?? 0) + s);
    const gp = parent.parentElement;
    if (gp) scores.set(gp, (scores.get(gp) ?? 0) + s / 2);
    const ggp = gp?.parentElement;
    if (ggp) scores.set(ggp, (scores.get(ggp) ?? 0) + s / 4);
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

const CHROME = new Set(['NAV', 'FOOTER', 'HEADER', 'FORM', 'ASIDE', 'BUTTON', 'LABEL', 'SELECT']);

/** Inside navigation, footer, a form…: not description text. Walks parents by tag name (cheap). */
function inChrome(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 25; depth++, cur = cur.parentElement) {
    if (CHROME.has(cur.tagName)) return true;
  }
  return false;
}
