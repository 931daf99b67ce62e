import { readNames } from './element-names.ts';
import { BOARD_PAY_NAME, BOARD_PAY_NOTE } from './scan-names.ts';

/**
 * Widgets listing other postings ("Similar jobs", "People also viewed", "More jobs at X"): their
 * titles, places and pay belong to those postings, so the whole subtree is left out of the scan.
 */
const OTHER_POSTINGS =
  /(?:^|[^a-z])(?:similar|related|recommend\w*|also[-_ ]?viewed|recent(?:ly)?[-_ ]?(?:viewed[-_ ]?)?jobs|(?:more|other)[-_ ]?(?:open[-_ ]?)?(?:jobs|roles|positions|openings|vacancies)|jobs[-_ ]?you[-_ ]?may)(?:$|[\s_-]|jobs)/i;
/**
 * A search's result list beside the posting it opened ("sh-serp", "jobs-search-results-list", "searchSerpJobList"): every
 * card is another posting (the open one's card repeats the board's estimate, not the employer's pay).
 */
const RESULT_LIST =
  /(?:^|[\s_=-])(?:serp|search[-_]?results?(?:[-_]?list)?|job[-_]?results(?:[-_]?list)?|(?:search[-_]?)?serp[-_]?jobs?[-_]?list)(?:$|\s|__)/i;
const RESULT_PAGE_LABEL = /^(?:page \d+ of \d+|(?:job )?search results|results)$/i;
/** "More open roles", "Other positions", "More travel assignments": one optional word before the noun. */
const OTHER_POSTINGS_HEADING =
  /^(?:similar|related|recommended|people also viewed|recently viewed|recent jobs|(?:open|current|latest)\s+(?:roles|positions|jobs|vacancies|openings|opportunities)\b|(?:ofertas|empleos|vagas|offres|offerte|annonces) (?:similares|semelhantes|similaires|simili)|ähnliche (?:jobs|stellen(?:angebote)?)|vergelijkbare vacatures|liknande jobb|(?:more|other)\s+(?:[\p{L}-]+\s+)?(?:jobs|roles|positions|openings|vacancies|assignments)\b|jobs you may|you (?:might|may) also (?:like|be interested))/iu;

/**
 * "Current vacancies", "Open positions": on a careers page with no job of its own these head the posting itself
 * (a school's "Employment Opportunities" page with one teacher's post written out under them, capture152).
 */
const CURRENT_POSTINGS = /^(?:open|current|latest)\s/i;
/** A list of other postings holds their titles and a line each; a posting written out runs to paragraphs. */
const POSTING_CHARS = 1500;
const holdsAPosting = (el: Element): boolean =>
  [...el.querySelectorAll('p, li')].reduce((n, p) => n + (p.textContent?.length ?? 0), 0) >= POSTING_CHARS;

/** Inside (or being) a widget listing other postings, within a few levels. */
export function amongOtherPostings(el: Element | null, levels = 6): boolean {
  for (let at = el, i = 0; at && i < levels; at = at.parentElement, i++)
    if (listsOtherPostings(at, readNames(at, false).names)) return true;
  return false;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without the DOM global in workers and tests. */
const FOLLOWING = 4;

export function listsOtherPostings(el: Element, names: string): boolean {
  if (names && (OTHER_POSTINGS.test(names) || RESULT_LIST.test(names))) return true;
  // Workday's split view: "<ul role=list aria-label='Page 1 of 20'>", a page of search results.
  if (RESULT_PAGE_LABEL.test(el.getAttribute('aria-label') ?? '')) return true;
  if (el.tagName !== 'ASIDE' && el.tagName !== 'SECTION') return false;
  const heading = el.querySelector('h2, h3, h4');
  const title = (heading?.textContent ?? '').trim();
  if (!heading || !OTHER_POSTINGS_HEADING.test(title)) return false;
  if (CURRENT_POSTINGS.test(title) && holdsAPosting(el)) return false;
  // A side card holding the posting's own facts (a <dl>) above its "Other openings" list is not
  // a list itself: the list under the heading is caught by its own name or heading.
  const facts = el.querySelector('dl');
  return !(facts && facts.compareDocumentPosition(heading) & FOLLOWING);
}

/**
 * A pay figure whose own info button or tooltip calls it the board's ("<li>€55,500 – €68,000<button
 * aria-label='About the XING salary forecast …'>ⓘ</button></li>"): a child of the element or its
 * parent, not anything further up (a header may hold the employer's pay and a board's box apart).
 */
const notedAsBoardPay = (el: Element): boolean =>
  [...el.children].some((c) =>
    BOARD_PAY_NOTE.test(
      `${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''} ${noteText(c)}`,
    ),
  );

const holdsBoardNote = (el: Element): boolean =>
  [...el.querySelectorAll('[title], [aria-label]')]
    .slice(0, 20)
    .some((c) =>
      BOARD_PAY_NOTE.test(`${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''}`),
    );

/**
 * A note printed beside the figure ("Geschätztes Gehalt: … nicht vom Arbeitgeber gemacht", "Glassdoor estimate from
 * 96 salaries"): short, and no sum of money (a count of salaries is no figure).
 */
const noteText = (el: Element): string => {
  const text = el.textContent ?? '';
  return text.length <= NOTE_CHARS && !MONEY.test(text) ? text : '';
};
const MONEY = /[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[$€£¥₹]|[kK]\b)/;
const NOTE_CHARS = 300;

/**
 * A board's salary-estimate or salary-insight box, or a value inside it
 * ("<div data-at=salary-estimate><span class=salary-value>"), or a figure its note calls the board's
 * estimate or forecast: the board's figure, not the employer's.
 */
export function insideBoardPay(el: Element): boolean {
  let p: Element | null = el;
  for (let depth = 0; p && depth < 4; depth++, p = p.parentElement) {
    const names = `${p.getAttribute('class') ?? ''} ${p.getAttribute('data-at') ?? ''} ${p.getAttribute('data-testid') ?? ''} ${p.id}`;
    if (BOARD_PAY_NAME.test(names) || (depth < 2 && notedAsBoardPay(p))) return true;
    // A pay box whose info button, further in, calls its figure the board's.
    if (depth === 0 && holdsBoardNote(p)) return true;
  }
  return false;
}
