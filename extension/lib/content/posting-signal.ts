import * as boards from '../../../shared/capture/urls.ts';

/** The boards' own URL tests (shared with the adapters), without the adapters themselves. */
const BOARD_URL_TESTS = [
  boards.isLinkedIn,
  boards.isIndeed,
  boards.isGreenhouse,
  boards.isLever,
  boards.isAshby,
  boards.isWorkday,
  boards.isSmartRecruiters,
  boards.isWorkable,
  boards.isTeamtailor,
  boards.isBreezy,
  boards.isWellfound,
  boards.isGlassdoor,
  boards.isZipRecruiter,
  boards.isDice,
  boards.isHackerNews,
  boards.isSeek,
];

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
  const u = boards.toUrl(url);
  return !!u && BOARD_URL_TESTS.some((test) => test(u)) && doc.querySelector('h1') !== null;
}
