import { textOf } from '../dom.ts';
import { densestBlock, isPreformatted } from './densest-block.ts';
import { amongOtherPostings } from './other-postings.ts';
import type { PageScan } from './scan.ts';

/**
 * Where the job description lives when no adapter knows: first an element named like one
 * ("job-description", "jobDescriptionText", "posting-description"…), else the block with the most
 * paragraph/list text (densest-block.ts).
 */

const MIN_TEXT = 400;

export function findDescriptionElement(page: PageScan, titleEl?: Element | null): Element | null {
  // A container named like a description wins (unless it is a teaser); else the densest block.
  // Climbing stops below the page title (an h1, or the heading that the title was read from).
  const barrier = titleEl && !page.h1s.includes(titleEl) ? [...page.h1s, titleEl] : page.h1s;
  const named = page.named.find((el) => textOf(el, MIN_TEXT * 2).length > MIN_TEXT) ?? null;
  if (named) return withSiblingSections(named, barrier);
  // The densest block may be one of the title's sibling sections ("What the job involves", "Is this
  // job a match?", "Benefits"): the like sections beside it come along, as for a named one.
  const dense = densestBlock(page.paragraphs, barrier);
  const parent = dense?.parentElement;
  return dense && parent && barrier.some((h) => parent.contains(h)) ? besideTitle(dense) : dense;
}

/** A block beside the title: the like sections after it, else the flat run of prose around it. */
function besideTitle(el: Element): Element {
  const run = withFollowingRun(el);
  return run === el ? withFlatProse(el) : run;
}

/** Prose blocks and the headings over them, as a flat page prints a description. */
const PROSE_TAG = /^(?:P|UL|OL)$/;

/**
 * A flat page ("Job summary" h3, a paragraph, "Main duties" h3, a paragraph, a list…) puts every
 * section of the description beside the title, with no container and no names: the densest
 * paragraph and the unbroken run of headings and prose blocks around it, copied into one detached
 * block. A fact list, a table or any other block ends the run, and so does a block listing other
 * postings. Only where a heading sits inside the run: a lone paragraph among the page's parts stays alone.
 */
function withFlatProse(el: Element): Element {
  if (!PROSE_TAG.test(el.tagName)) return el;
  const part = (c: Element | null): c is Element =>
    !!c && (PROSE_TAG.test(c.tagName) || HEADING.test(c.tagName)) && !amongOtherPostings(c, 1);
  const before: Element[] = [];
  for (let c = el.previousElementSibling; part(c); c = c.previousElementSibling) before.unshift(c);
  const after: Element[] = [];
  for (let c = el.nextElementSibling; part(c); c = c.nextElementSibling) after.push(c);
  // A heading closing the run has nothing under it.
  while (after.length && HEADING.test(after[after.length - 1]!.tagName)) after.pop();
  const all = [...before, el, ...after];
  if (!all.some((c) => HEADING.test(c.tagName)) || all.length < 3) return el;
  const run = el.ownerDocument.createElement('div');
  for (const c of all) run.appendChild(c.cloneNode(true));
  return run;
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
    if (h1s.some((h) => parent.contains(h))) return besideTitle(cur);
    const plen = textOf(parent, len * 6 + 1).length;
    // A run of like sections (intro, tasks, profile, offer as sibling <section>s or data-at="section-…")
    // is one description however long the others are; any other parent may add at most as much again.
    if (plen > len * (inRunOfSections(cur) ? 6 : 2)) break;
    cur = parent;
    len = plen;
  }
  return cur;
}

/**
 * A section's kind: its tag and name prefix ("SECTION:offer" for data-testid="offer-requirements"),
 * or for an unnamed div its class list (iCIMS prints each section as a div of one class). An
 * unnamed <section> is a section whatever its class: site builders give each block type its own
 * ("block-text", "block-quote", "block-perks") and a quote between two text blocks is still inside.
 */
const sectionKind = (e: Element) => {
  const name = (e.getAttribute('data-at') ?? e.getAttribute('data-testid') ?? '').replace(/[-_][^-_]*$/, '');
  return `${e.tagName}:${name || (e.tagName === 'SECTION' ? '' : (e.getAttribute('class') ?? '').trim())}`;
};

/**
 * Two blocks are sections of one kind when their kinds agree, or when they are the same tag with the
 * same classes though each is named for its own heading (Gupy's data-testid="section-Requisitos e
 * qualificações-title" on every class="sc-job__section").
 */
const sameKind = (a: Element, b: Element) => {
  if (sectionKind(a) === sectionKind(b)) return true;
  const cls = a.getAttribute('class')?.trim();
  return !!cls && a.tagName === b.tagName && cls === b.getAttribute('class')?.trim();
};

/**
 * "Description", "Requirements", "How we work" as sibling sections of a page-wide <main> that also
 * holds the title: the description and the like sections right after it, copied into one detached
 * block. Like sections before it join when they hold prose or a list ("Department information" above "Duties"),
 * not when they are a grid of facts.
 */
function withFollowingRun(el: Element): Element {
  if (!inRunOfSections(el) && !labelledSectionAfter(el)) return el;
  const run = el.ownerDocument.createElement('div');
  run.appendChild(el.cloneNode(true));
  // A like section listing other postings ("Other jobs at Wendle") ends the run.
  const alike = (c: Element | null): c is Element => !!c && sameKind(c, el) && !amongOtherPostings(c, 1);
  // A heading over a like section (iCIMS: h2 "Responsibilities" above its text block) is that
  // section's title and comes along with it; one with no like section under it does not.
  let joined = true;
  for (let c = el.previousElementSibling; c; c = c.previousElementSibling) {
    if (HEADING.test(c.tagName)) {
      if (joined) run.insertBefore(c.cloneNode(true), run.firstChild);
      continue;
    }
    if (!alike(c)) break;
    joined = proseIn(c);
    if (joined) run.insertBefore(c.cloneNode(true), run.firstChild);
  }
  let held: Element[] = [];
  for (let c = el.nextElementSibling; c; c = c.nextElementSibling) {
    if (headingLike(c)) held.push(c);
    else if (!alike(c)) break;
    else {
      for (const h of [...held, c]) run.appendChild(h.cloneNode(true));
      held = [];
    }
  }
  return run.childElementCount > 1 ? run : el;
}

const HEADING = /^H[2-6]$/;

/**
 * A block that is only a label over the next one, as Taleo prints its field titles
 * ("<div class=contentlinepanel><span class=subtitle>Qualifications</span></div>" above the field's
 * text): short, one element at most, no value beside it ("Primary Location Canada-Ontario-Kingston"
 * has two) and no sentence.
 */
const labelBlock = (c: Element): boolean => {
  if (
    c.childElementCount > 1 ||
    /^(?:H1|P|UL|OL|LI|TABLE|PRE)$/.test(c.tagName) ||
    c.querySelector('h1, p, li, table, pre')
  )
    return false;
  const t = (c.textContent ?? '').trim();
  return t.length >= 3 && t.length <= 40 && !/[.:;!?,]/.test(t) && !/\d/.test(t);
};
const headingLike = (c: Element): boolean => HEADING.test(c.tagName) || labelBlock(c);

/**
 * The description's block followed by a label block and a block of its own kind holding prose or a
 * list (Taleo: "Job Description" text, then "Qualifications" over its text): one description in
 * two fields, though only two like blocks make no run of sections.
 */
function labelledSectionAfter(el: Element): boolean {
  const label = el.nextElementSibling;
  const next = label?.nextElementSibling;
  return !!label && !!next && labelBlock(label) && sameKind(next, el) && proseIn(next);
}
/** A section holding prose or a list, not a grid of facts: paragraphs, items, or preformatted lines. */
const proseIn = (c: Element) =>
  !!c.querySelector('p, li, pre') ||
  isPreformatted(c) ||
  Array.from(c.querySelectorAll('[style]')).some(isPreformatted);

/** The element and at least two of its siblings are sections of one kind: same tag and name prefix. */
function inRunOfSections(el: Element): boolean {
  if (el.tagName !== 'SECTION' && sectionKind(el).endsWith(':')) return false;
  let alike = 0;
  for (let c = el.parentElement?.firstElementChild ?? null; c; c = c.nextElementSibling)
    if (c !== el && sameKind(c, el)) alike++;
  return alike >= 2;
}
