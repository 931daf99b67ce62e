import { boardOfUrl, toUrl } from '../../../shared/boards/index.ts';

/**
 * A cheap test, run on every page, for "this looks like a job posting": enough to decide whether
 * to show the in-page Save button. Structured data says so outright; on a known board, a page with
 * a heading is taken as a posting. The full extractor runs only when the user saves.
 */
export function looksLikePosting(doc: Document, url: string): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*\[?\s*"JobPosting"/.test(script.textContent?.slice(0, 200_000) ?? '')) return true;
  }
  if (doc.querySelector('[itemtype$="schema.org/JobPosting" i]')) return true;
  const u = toUrl(url);
  return !!u && !!boardOfUrl(u) && doc.querySelector('h1') !== null;
}
