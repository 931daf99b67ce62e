import { LIMITS, STATE_ATTRIBUTES } from '../dom.ts';
import { bodyOf } from '../page-body.ts';
import { isPreformatted } from './densest-block.ts';
import { readNames } from './element-names.ts';
import { insideBoardPay, listsOtherPostings } from './other-postings.ts';
import {
  BOARD_PAY_NAME,
  DESCRIPTION_NAMES,
  EMPLOYER_PAGE,
  FACT_HEADINGS,
  hasInlineValue,
  isFactWord,
  LABELS,
  type LabelKind,
  LEAF_TERM_TAGS,
  MAYBE,
  postedBy,
  TERM_NAME,
} from './scan-names.ts';

/**
 * One bounded walk over the page collecting everything the structured and generic readers need
 * (JSON-LD scripts, headings, paragraphs, elements named like a location/salary/description,
 * <dt> terms). Replaces dozens of full-document querySelector calls, so a 5 MB page costs one
 * pass of at most LIMITS.nodes elements.
 */

export type { LabelKind } from './scan-names.ts';

export interface PageScan {
  h1s: Element[];
  /** First h1/h2 headings (a title printed as h2, e.g. Lever's apply page). */
  headings: Element[];
  /** First images with alt text (logos name the company). */
  images: Element[];
  jsonLd: Element[];
  /** Inline scripts and <code> blocks that may hold app state (JSON). */
  dataScripts: Element[];
  microdata: Element | null;
  /** <p>, <li>, <h2>, <h3> in document order, for the densest-block score. */
  paragraphs: Element[];
  /** Description containers by name, best-named first. */
  named: Element[];
  labelled: Record<LabelKind, Element[]>;
  /** Links to the employer's page on the board ("/company/acme", "/cmp/Acme"), page order. */
  companyLinks: Element[];
  /** Fact labels: <dt>, <th>, a row's first <td>, elements named like a label (value = next sibling). */
  dts: Element[];
  /** Widgets listing other postings, left out of the scan: their places and pay are not this posting's. */
  otherPostings: Element[];
  /** A board's own pay boxes (its estimate, the area's average): read by no pay fallback. */
  boardPay: Element[];
  visited: number;
  truncated: boolean;
  /** Board whose DOM signature was seen (its board's signature, shared/boards), if any. */
  board: string | null;
}

const PAY_NAME = /salar|pay|wage|compens/i;
const SKIP_SUBTREE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'CODE', 'HEAD']);
const PARA = new Set(['P', 'LI', 'H2', 'H3']);

export function scanPage(doc: Document, limit: number = LIMITS.nodes): PageScan {
  const s: PageScan = {
    h1s: [],
    headings: [],
    images: [],
    jsonLd: [],
    dataScripts: [],
    microdata: null,
    paragraphs: [],
    named: [],
    labelled: { location: [], employment: [], salary: [], company: [] },
    companyLinks: [],
    dts: [],
    otherPostings: [],
    boardPay: [],
    visited: 0,
    truncated: false,
    board: null,
  };
  const namedRank: number[] = [];
  const root = doc.documentElement;
  if (!root) return s;
  // Scripts in <head> matter (JSON-LD lives there); everything else there is skipped.
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (el.tagName === 'SCRIPT') collectScript(el, s);
  }
  const stack: Element[] = [];
  for (let c = bodyOf(doc)?.lastElementChild ?? null; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (++s.visited > limit) {
      s.truncated = true;
      break;
    }
    const tag = el.tagName;
    if (tag === 'SCRIPT') {
      collectScript(el, s);
      continue;
    }
    if (tag === 'CODE') {
      if (s.dataScripts.length < 40) s.dataScripts.push(el);
      continue;
    }
    // An app mounted on an element with its state in an attribute (Inertia's data-page).
    if (s.dataScripts.length < 40 && STATE_ATTRIBUTES.some((a) => (el.getAttribute(a)?.length ?? 0) > 200))
      s.dataScripts.push(el);
    if (SKIP_SUBTREE.has(tag)) continue;
    if ((tag === 'H1' || tag === 'H2' || tag === 'H3') && s.headings.length < 40) s.headings.push(el);
    if (tag === 'IMG' && s.images.length < 12 && el.hasAttribute('alt')) s.images.push(el);
    if (
      tag === 'A' &&
      s.companyLinks.length < 6 &&
      (EMPLOYER_PAGE.test(el.getAttribute('href') ?? '') || postedBy(el))
    )
      s.companyLinks.push(el);
    if (tag === 'H1' && s.h1s.length < 6) s.h1s.push(el);
    else if ((PARA.has(tag) || isPreformatted(el)) && s.paragraphs.length < limit) s.paragraphs.push(el);
    else if (tag === 'DT' && s.dts.length < 60) s.dts.push(el);
    else if (
      (tag === 'TH' || (tag === 'TD' && !el.previousElementSibling)) &&
      el.nextElementSibling &&
      s.dts.length < 60
    )
      s.dts.push(el);
    const read = readNames(el, !s.board);
    if (read.board) s.board = read.board;
    const n = read.names;
    if (listsOtherPostings(el, n)) {
      if (s.otherPostings.length < 12) s.otherPostings.push(el);
      continue;
    }
    // "Location" / "Portland, Oregon" as label and value blocks (React side panels), a small heading
    // over its value ("<h3>Job type</h3><div>Full Time</div>"), or a label leading its own line.
    if (
      s.dts.length < 60 &&
      (el.nextElementSibling || hasInlineValue(el)) &&
      ((n && TERM_NAME.test(n) && tag !== 'LABEL') ||
        (!el.firstElementChild && (FACT_HEADINGS.has(tag) || (LEAF_TERM_TAGS.has(tag) && isFactWord(el))))) &&
      !insideBoardPay(el)
    )
      s.dts.push(el);
    if (n && MAYBE.test(n)) {
      if (s.boardPay.length < 12 && PAY_NAME.test(n) && BOARD_PAY_NAME.test(n)) s.boardPay.push(el);
      for (const [kind, re, reject] of LABELS) {
        const list = s.labelled[kind];
        if (
          list.length >= 12 ||
          !re.test(n) ||
          reject.test(n) ||
          tag === 'INPUT' ||
          tag === 'SELECT' ||
          tag === 'META'
        )
          continue;
        // A pay figure its note calls the board's: no fallback reads it either.
        if (kind !== 'salary' || !insideBoardPay(el)) list.push(el);
        else if (s.boardPay.length < 12) s.boardPay.push(el);
      }
      const rank = DESCRIPTION_NAMES.findIndex((re) => re.test(n));
      if (rank >= 0 && s.named.length < 20) {
        s.named.push(el);
        namedRank.push(rank);
      }
    }
    // (or as RDFa, `typeof="JobPosting"` under a schema.org vocab: Canada's Job Bank)
    if (
      !s.microdata &&
      (/JobPosting/i.test(el.getAttribute('itemtype') ?? '') ||
        /\bJobPosting\b/.test(el.getAttribute('typeof') ?? ''))
    ) {
      s.microdata = el;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  // Stable sort: best name first, document order within a rank.
  s.named = s.named
    .map((el, i) => ({ el, r: namedRank[i]!, i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.el);
  return s;
}

function collectScript(el: Element, s: PageScan): void {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type.includes('ld+json') || type === 'application/json+ld') {
    if (s.jsonLd.length < 30) s.jsonLd.push(el);
  } else if (
    !el.hasAttribute('src') &&
    (!type || /json|javascript/.test(type)) &&
    s.dataScripts.length < 40
  ) {
    s.dataScripts.push(el);
  }
}
