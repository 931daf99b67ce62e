import type { BlockLevel } from '../types.ts';
import { ancestorWhere, clean, idRefText, meaningful, textOf } from './dom.ts';
import { precedingText } from './labels.ts';
import { hasQuestion, isQuestion, MAX_BLOCK_QUESTIONS, questionCount } from './questions.ts';
import { memoInScan } from './scan-memo.ts';
import { captionedColumns, rowLevel } from './tables.ts';

/**
 * The blocks a box sits in, read from the page's structure, nearest first: a fieldset and its legend, a group named by
 * aria-labelledby / aria-label, a container that opens with a heading, and a list table's row. Each gives its title
 * and the intro or help printed between the title and its first box ("Next of kin", then "We only call them if you
 * are taken ill."), so every box of the block reads them, not only the first (`nearby` holds only the text between a
 * box and the box before it). A container holding one question is that question's, not a block: it is skipped.
 */

const HEADING = /^H[1-6]$/;
/** Text that is never a block's words: the answers' options, scripts, and the boxes' own captions. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT', 'TEXTAREA']);
const MAX_LEVELS = 3;
const MAX_INTRO = 300;

const isHeading = (el: Element) => HEADING.test(el.tagName) || el.getAttribute('role') === 'heading';

/**
 * The text of `container` in page order up to its first question, as chunks, leaving out `title` (read as the title),
 * the boxes' <label>s and the element wrapping the first question alone (its caption: "What put us on your radar?"
 * in a list item with its box), which are a question's words, not the block's. `first`: the first text's element.
 */
function textBeforeFirstBox(
  container: Element,
  title: Element | null,
): { chunks: string[]; first: Element | null } {
  const chunks: string[] = [];
  let first: Element | null = null;
  let chars = 0;
  let done = false;
  const walk = (n: Node): void => {
    if (done) return;
    if (n.nodeType === 3) {
      const t = clean(n.nodeValue);
      if (!meaningful(t)) return;
      first ??= n.parentElement;
      chunks.push(t);
      chars += t.length;
      done = chars >= MAX_INTRO;
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (isQuestion(el) || (el.tagName !== 'LABEL' && questionCount(el) === 1)) {
      done = true;
      return;
    }
    if (el === title) {
      first ??= el;
      return;
    }
    // (a <label> is a box's caption: skipped, unless a box sits inside it)
    if (
      SKIP.has(el.tagName) ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.getAttribute('role') === 'listbox'
    )
      return;
    if (el.tagName === 'LABEL') {
      done = hasQuestion(el);
      return;
    }
    for (let c = el.firstChild; c && !done; c = c.nextSibling) walk(c);
  };
  for (let c = container.firstChild; c && !done; c = c.nextSibling) walk(c);
  return { chunks, first };
}

/** A heading's rank: h2 is 2; an ARIA heading's aria-level, else 2. */
const rank = (h: Element) => Number(h.tagName.match(/^H([1-6])$/)?.[1] ?? h.getAttribute('aria-level') ?? 2);

/**
 * The heading a container opens with titles all of it: no other heading of its rank or above follows in it (Lever's
 * cards, "Work eligibility", "Comp & timing", each an h4 in one container, title their own stretch, not the container).
 */
function titlesAll(container: Element, heading: Element): boolean {
  const others = Array.from(container.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]'));
  return others.every((h) => h === heading || rank(h) > rank(heading));
}

/** The name a container gives itself: a fieldset's legend, an aria name, or a heading it opens with. */
function titleOf(container: Element): { title: string; el: Element | null; from: BlockLevel['from'] } | null {
  if (container.tagName === 'FIELDSET') {
    const legend = Array.from(container.children).find((c) => c.tagName === 'LEGEND') ?? null;
    const t = legend ? textOf(legend, 200) : '';
    if (meaningful(t)) return { title: t, el: legend, from: 'fieldset' };
  }
  const role = container.getAttribute('role');
  // (a radiogroup or listbox is one question's choices, not a block)
  if (role !== 'radiogroup' && role !== 'listbox' && !isQuestion(container)) {
    const named = idRefText(container, 'aria-labelledby') || clean(container.getAttribute('aria-label'));
    if (
      meaningful(named) &&
      (role === 'group' || role === 'region' || container.hasAttribute('aria-labelledby'))
    )
      return { title: named.slice(0, 200), el: null, from: 'group' };
  }
  // a container that opens with a heading (a card's title bar may wrap it): its first words are the heading's
  const { first } = textBeforeFirstBox(container, null);
  const heading = first && (isHeading(first) ? first : ancestorWhere(first, isHeading));
  if (heading && container.contains(heading) && heading !== container && titlesAll(container, heading)) {
    const t = textOf(heading, 200);
    if (meaningful(t)) return { title: t, el: heading, from: 'section' };
  }
  return null;
}

/** The titles of the same kind of block just before it ("Address 1" before "Address 2"): its place among them. */
function entryOf(container: Element, title: string): number | undefined {
  const shape = (t: string) => t.replace(/\d+/g, '#').toLowerCase();
  const same = (e: Element | null) =>
    !!e && e.tagName === container.tagName && shape(titleOf(e)?.title ?? '') === shape(title);
  let n = 1;
  for (let p = container.previousElementSibling; same(p); p = p?.previousElementSibling ?? null) n++;
  return n > 1 || same(container.nextElementSibling) ? n : undefined;
}

/** The list a table is: the text right before it ("Employment history" over From / To / Employer rows). */
function tableLevel(table: Element): BlockLevel | null {
  if (!captionedColumns(table)) return null;
  const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  const title = caption ? textOf(caption, 200) : (precedingText(table, 1)[0] ?? '');
  return meaningful(title) ? { from: 'table', title, intro: '' } : null;
}

/** The blocks around `el`, nearest first (at most three), up to its form. */
export function blocksAround(el: Element): BlockLevel[] {
  const out: BlockLevel[] = [];
  const row = rowLevel(el);
  if (row) out.push(row);
  for (let p = el.parentElement; p && out.length < MAX_LEVELS; p = p.parentElement) {
    if (p.tagName === 'FORM' || p.tagName === 'BODY') break;
    if (p.tagName === 'TABLE') {
      const list = tableLevel(p);
      if (list) out.push(list);
      continue;
    }
    const level = memoInScan('block', p, blockLevel);
    if (level) out.push(level);
  }
  return out;
}

/** The block a container is, if it asks several questions under a title of its own. */
function blockLevel(container: Element): BlockLevel | null {
  const asked = questionCount(container);
  const titled = asked > 1 && asked <= MAX_BLOCK_QUESTIONS ? titleOf(container) : null;
  if (!titled) return null;
  // (the element naming a group may sit inside it: its words are the title, not the intro)
  const intro = textBeforeFirstBox(container, titled.el).chunks.filter((t) => !titled.title.includes(t));
  const entry = entryOf(container, titled.title);
  return {
    from: titled.from,
    title: titled.title,
    intro: intro.join(' | ').slice(0, MAX_INTRO),
    ...(entry ? { entry } : {}),
  };
}
