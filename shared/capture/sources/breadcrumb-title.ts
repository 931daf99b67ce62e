import { squash, textOf } from '../dom.ts';

/**
 * The job's title as a breadcrumb's last step gives it ("All Jobs > Elementary Teaching > Grade 3
 * Teacher"), when the page prints the same words on their own elsewhere (a title cell, a heading):
 * AppliTrack-like boards show the title in a table cell, with no heading and a generic <title>.
 */
const BREADCRUMB =
  '[aria-label="Breadcrumb"], [aria-label="breadcrumb"], [aria-label="Breadcrumbs"], [class*="breadcrumb"], [class*="Breadcrumb"], [id*="breadcrumb"]';
const CRUMB_SEPARATOR = /\s+[>›»/|]\s+/;
/** Elements that may print the title on its own. */
const STANDALONE = 'td, th, span, div, p, strong, b, h2, h3, h4, h5';
const LOOKED_AT = 2000;

export function titleFromBreadcrumb(doc: Document): { text: string; el: Element } | null {
  const crumbs = doc.querySelector(BREADCRUMB);
  if (!crumbs) return null;
  const items = crumbs.querySelectorAll('li');
  const last = squash(
    items.length
      ? textOf(items[items.length - 1]!, 200)
      : (squash(textOf(crumbs, 400)).split(CRUMB_SEPARATOR).at(-1) ?? ''),
  );
  if (last.length < 3 || last.length > 120) return null;
  const el = printedAlone(doc, last, crumbs);
  return el ? { text: last, el } : null;
}

/**
 * The element that prints `text` as all of its own text (a title cell, a styled div standing in for a
 * heading), outside `skip`, links and navigation; null when none does.
 */
export function printedAlone(doc: Document, text: string, skip?: Element): Element | null {
  const all = doc.querySelectorAll(STANDALONE);
  for (let i = 0; i < all.length && i < LOOKED_AT; i++) {
    const el = all[i]!;
    if (el.children.length || skip?.contains(el) || el.closest('a, nav, title')) continue;
    if (squash(el.textContent ?? '') === text) return el;
  }
  return null;
}
