import { readNames } from './element-names.ts';

/**
 * Widgets listing other postings ("Similar jobs", "People also viewed", "More jobs at X"): their
 * titles, places and pay belong to those postings, so the whole subtree is left out of the scan.
 */
const OTHER_POSTINGS =
  /(?:^|[^a-z])(?:similar|related|recommend\w*|also[-_ ]?viewed|more[-_ ]?jobs|other[-_ ]?jobs|jobs[-_ ]?you[-_ ]?may)(?:$|[\s_-]|jobs)/i;
const OTHER_POSTINGS_HEADING =
  /^(?:similar|related|recommended|people also viewed|more jobs|other jobs|jobs you may)\b/i;

/** Inside (or being) a widget listing other postings, within a few levels. */
export function amongOtherPostings(el: Element | null, levels = 6): boolean {
  for (let at = el, i = 0; at && i < levels; at = at.parentElement, i++)
    if (listsOtherPostings(at, readNames(at, false).names)) return true;
  return false;
}

export function listsOtherPostings(el: Element, names: string): boolean {
  if (names && OTHER_POSTINGS.test(names)) return true;
  if (el.tagName !== 'ASIDE' && el.tagName !== 'SECTION') return false;
  const heading = el.querySelector('h2, h3, h4');
  return !!heading && OTHER_POSTINGS_HEADING.test((heading.textContent ?? '').trim());
}
