/**
 * URL detection for boards and ATSs: pure, anchored on the hostname (never a substring of the
 * whole URL, so "evil.com/?greenhouse.io" or "greenhouse.io.evil.com" never match).
 */

/** True when `host` is `domain` or a subdomain of it. */
export function hostIs(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

const onHost = (domain: string) => (u: URL) => hostIs(u.hostname, domain);

export const isLinkedIn = (u: URL) => hostIs(u.hostname, 'linkedin.com') && /^\/jobs\//.test(u.pathname);
export const isIndeed = (u: URL) =>
  /(^|\.)indeed\.(com|co\.uk|ca|de|fr|com\.au|co\.in|nl|es|it|ie|ch|at|com\.br|com\.mx|jobs)$/i.test(
    u.hostname,
  );
/** job-boards.greenhouse.io, boards.greenhouse.io, job-boards.eu.greenhouse.io, embeds; custom hosts carry gh_jid. */
export const isGreenhouse = (u: URL) => hostIs(u.hostname, 'greenhouse.io') || u.searchParams.has('gh_jid');
export const isLever = onHost('lever.co');
export const isAshby = onHost('ashbyhq.com');
export const isWorkday = (u: URL) =>
  hostIs(u.hostname, 'myworkdayjobs.com') || hostIs(u.hostname, 'myworkdaysite.com');
export const isSmartRecruiters = onHost('smartrecruiters.com');
export const isWorkable = onHost('workable.com');
export const isTeamtailor = onHost('teamtailor.com');
export const isBreezy = onHost('breezy.hr');
export const isWellfound = (u: URL) => hostIs(u.hostname, 'wellfound.com') || hostIs(u.hostname, 'angel.co');
export const isGlassdoor = (u: URL) =>
  /(^|\.)glassdoor\.(com|co\.uk|ca|de|fr|com\.au|co\.in|ie|nl|be|ch|at|es|it)$/i.test(u.hostname);
export const isZipRecruiter = (u: URL) => /(^|\.)ziprecruiter\.(com|co\.uk|ca|de|in)$/i.test(u.hostname);
export const isDice = onHost('dice.com');
export const isHackerNews = (u: URL) => u.hostname === 'news.ycombinator.com';
export const isSeek = (u: URL) => /(^|\.)seek\.(com\.au|co\.nz|com)$/i.test(u.hostname);

export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * DOM signatures: recognise a board's page when the URL does not say (saved pages, white-label
 * career domains). Each needs markup unique to that board, never a generic class name.
 */
const has = (doc: Document, sel: string) => {
  try {
    return !!doc.querySelector(sel);
  } catch {
    return false;
  }
};
export const SIGNATURES: Record<string, string> = {
  greenhouse:
    '#grnhse_app, iframe[src*="greenhouse.io/embed/job_app"], #app_body .app-title, .job__header .job__title',
  lever: '.posting-headline .posting-categories, .posting-header .posting-categories',
  workday: '[data-automation-id="jobPostingHeader"]',
  seek: '[data-automation="job-detail-title"]',
  indeed: '[data-testid="jobsearch-JobInfoHeader-title"], #jobDescriptionText',
  linkedin:
    '.job-details-jobs-unified-top-card__job-title, .top-card-layout__title.topcard__title, .jobs-unified-top-card__job-title',
  ashby: '.ashby-job-posting-heading, .ashby-job-posting-left-pane',
  smartrecruiters: 'spl-job-location, h1.job-title[itemprop="title"]',
  workable: '[data-ui="job-title"]',
  breezy: '.position-header .meta, .breezy-portal',
  glassdoor: '[data-test="job-title"][id^="jd-job-title"], [data-test="employer-name"]',
  dice: 'h1[data-cy="jobTitle"]',
  ziprecruiter: '.hiring_company_text, h1.job_title',
  teamtailor: '[data-job-title], [data-job-body]',
};
/**
 * The same signatures as attribute tests, checked during the page scan (sources/scan.ts) so that
 * no selector has to be compiled and run over the whole page.
 */
export const ATTR_SIGNATURES: ReadonlyArray<[board: string, attr: string, value: RegExp]> = [
  ['greenhouse', 'id', /^(?:grnhse_app|app_body)$/],
  ['lever', 'class', /(?:^|\s)posting-categories(?:\s|$)/],
  ['workday', 'data-automation-id', /^jobPostingHeader$/],
  ['seek', 'data-automation', /^job-detail-title$/],
  ['indeed', 'data-testid', /^jobsearch-JobInfoHeader-title$/],
  ['indeed', 'id', /^jobDescriptionText$/],
  ['linkedin', 'class', /jobs-unified-top-card__job-title|(?:^|\s)topcard__title(?:\s|$)/],
  ['ashby', 'class', /ashby-job-posting-(?:heading|left-pane)/],
  ['workable', 'data-ui', /^job-title$/],
  ['breezy', 'class', /(?:^|\s)(?:position-header|breezy-portal)(?:\s|$)/],
  ['glassdoor', 'data-test', /^employer-name$/],
  ['dice', 'data-cy', /^jobTitle$/],
  ['ziprecruiter', 'class', /(?:^|\s)hiring_company_text(?:\s|$)/],
  ['teamtailor', 'data-job-title', /(?:)/],
];

const SIGNATURE_BY_ATTR = new Map<string, Array<[string, RegExp]>>();
for (const [board, attr, re] of ATTR_SIGNATURES) {
  const list = SIGNATURE_BY_ATTR.get(attr) ?? [];
  list.push([board, re]);
  SIGNATURE_BY_ATTR.set(attr, list);
}

/** Board whose signature this attribute carries (smartrecruiters: its custom element). */
export function boardOfAttribute(el: Element, name: string, value: string): string | null {
  if (el.tagName === 'SPL-JOB-LOCATION') return 'smartrecruiters';
  for (const [board, re] of SIGNATURE_BY_ATTR.get(name) ?? []) if (re.test(value)) return board;
  return null;
}

/** Which board's signature the page carries: one combined selector query, then `matches`. */
export function sniffBoard(doc: Document): string | null {
  let hit: Element | null = null;
  try {
    hit = doc.querySelector(Object.values(SIGNATURES).join(', '));
  } catch {
    return null;
  }
  if (!hit) return null;
  for (const [id, sel] of Object.entries(SIGNATURES)) {
    try {
      if (hit.matches(sel)) return id;
    } catch {}
  }
  return null;
}

export const sniff = (id: string) => (doc: Document) => !!SIGNATURES[id] && has(doc, SIGNATURES[id]!);
