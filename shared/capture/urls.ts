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

/** Greenhouse embedded on an employer's own careers page (`#grnhse_app` or its iframe). */
export function sniffGreenhouse(doc: Document): boolean {
  return !!doc.querySelector('#grnhse_app, iframe[src*="greenhouse.io/embed/job_app"], #app_body .app-title');
}
