import { boardById, boardOfUrl, sniffBoard, toUrl } from '../../../shared/boards/index.ts';
import { LIMITS } from '../../../shared/capture/dom.ts';
import { employmentTypeInHeader } from '../../../shared/capture/normalize/employment.ts';
import { employmentTypeInProse } from '../../../shared/capture/normalize/employment-prose.ts';
import { parseSalary } from '../../../shared/capture/normalize/salary.ts';
import {
  boardShowsPosting,
  hasPostingMarkup,
  isPostingPage,
  JOB_AD_TEXT_LIMIT,
  type PostingEvidence,
} from '../../../shared/capture/posting-rule.ts';

/**
 * Whether to show the in-page Save button: the extractor's own rule (shared/capture/posting-rule.ts),
 * fed with what can be read cheaply on every page. The full extractor runs only when the user saves.
 */
export function looksLikePosting(doc: Document, url: string): boolean {
  if (hasPostingMarkup(doc)) return true;
  const u = toUrl(url);
  const board = (u && boardOfUrl(u)) || boardById(sniffBoard(doc) ?? '');
  if (board && boardShowsPosting(board.capture, doc)) return true;
  return isPostingPage({ structured: false, boardPosting: false, fields: pageText(doc) });
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'HEADER']);

/** The page's title (its first main heading, else og:title) and its visible-in-markup text, bounded. */
function pageText(doc: Document): PostingEvidence['fields'] {
  const heading = doc.querySelector('h1, h2')?.textContent?.trim();
  const title = heading || doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const root = doc.querySelector('main, [role="main"], article') ?? doc.body;
  if (!title || !root) return {};
  // Iterative and bounded (elements and characters): a hostile page cannot make this deep or long.
  const parts: string[] = [];
  const stack: Node[] = [root];
  let length = 0;
  let visited = 0;
  while (stack.length && length < JOB_AD_TEXT_LIMIT && visited++ < LIMITS.nodes) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      length += parts[parts.length - 1]!.length;
    } else if (node.nodeType === 1 && !SKIPPED.has((node as Element).tagName.toUpperCase())) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  // Posting facts count as evidence, as in the extractor: pay in the text, an employment type
  // beside the title (where pages print it as a chip) or stated in a sentence.
  const salary = parseSalary(text, { minScore: 3 }) ?? undefined;
  const employmentType =
    employmentTypeInHeader(text.slice(0, 400)) ?? employmentTypeInProse(text) ?? undefined;
  return {
    title,
    descriptionText: text,
    ...(salary && { salary }),
    ...(employmentType && { employmentType }),
  };
}
