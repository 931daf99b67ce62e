/**
 * A cheap test, run on every page, for "this looks like a single job posting": enough to decide
 * whether to show the in-page Save button. The full extractor runs only when the user saves.
 */
const JOB_URL_PATTERNS: readonly RegExp[] = [
  /^https:\/\/(www\.)?linkedin\.com\/jobs\/(view\/\d+|search|collections)/,
  /^https:\/\/([a-z]+\.)?indeed\.[a-z.]+\/(viewjob|jobs|rc\/clk)/,
  /^https:\/\/(job-)?boards(\.eu)?\.greenhouse\.io\/[^/]+\/jobs\/\d+/,
  /^https:\/\/jobs(\.eu)?\.lever\.co\/[^/]+\/[0-9a-f-]{36}/,
  /^https:\/\/jobs\.ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}/,
  /^https:\/\/[^/]+\.myworkdayjobs\.com\/.+\/job\//,
  /^https:\/\/jobs\.smartrecruiters\.com\/[^/]+\/\d+/,
  /^https:\/\/apply\.workable\.com\/[^/]+\/j\/[0-9A-F]+/i,
  /^https:\/\/[^/]+\.teamtailor\.com\/jobs\/\d+/,
  /^https:\/\/[^/]+\.breezy\.hr\/p\//,
  /^https:\/\/wellfound\.com\/jobs\/\d+/,
  /^https:\/\/(www\.)?glassdoor\.[a-z.]+\/(job-listing|Job)\//,
  /^https:\/\/(www\.)?ziprecruiter\.com\/(c|jobs)\//,
  /^https:\/\/(www\.)?dice\.com\/job-detail\//,
  /^https:\/\/news\.ycombinator\.com\/item\?id=\d+/,
  /[?&]gh_jid=\d+/,
];

export function looksLikePosting(doc: Document, url: string): boolean {
  if (JOB_URL_PATTERNS.some((re) => re.test(url))) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*\[?\s*"JobPosting"/.test(script.textContent?.slice(0, 200_000) ?? '')) return true;
  }
  return doc.querySelector('[itemtype$="schema.org/JobPosting"]') !== null;
}
