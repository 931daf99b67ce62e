import { defineBoard } from './registry.ts';

/**
 * LinkedIn, three views: logged-in /jobs/view/<id> (unified top card, no JSON-LD, no plain h1 in
 * older variants), the search page's right pane (?currentJobId=; read ONLY the details pane, never
 * the result list), and the public guest page (topcard__*). Fixtures:
 * tests/fixtures/jobs/linkedin.html (logged in), linkedin-search.html, linkedin-guest.html.
 */
/** The job id of any LinkedIn job view: /jobs/view/<slug-><id>, or the search pane's currentJobId. */
export function linkedInJobId(u: URL): string | null {
  const m = u.pathname.match(/\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/);
  if (m) return m[1]!;
  const q = u.searchParams.get('currentJobId') ?? u.searchParams.get('jobId');
  return q && /^\d+$/.test(q) ? q : null;
}

export const linkedin = defineBoard({
  id: 'linkedin',
  hosts: ['linkedin.com'],
  path: /^\/jobs\//,
  signature: [
    { attr: 'class', contains: 'jobs-unified-top-card__job-title' },
    { attr: 'class', word: 'topcard__title' },
  ],
  sharedHost: true,
  capture: {
    root: [
      '.jobs-search__job-details--container',
      '.jobs-search__job-details',
      '.job-view-layout',
      '.jobs-details',
      '.top-card-layout',
      'main',
    ],
    title: [
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      '.top-card-layout__title',
      '.topcard__title',
      'h1',
    ],
    company: [
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name',
      '.topcard__org-name-link',
      '.top-card-layout__second-subline .topcard__flavor:first-child',
    ],
    location: [
      '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text:first-child',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
      '.jobs-unified-top-card__bullet',
      '.topcard__flavor--bullet',
    ],
    description: [
      '#job-details',
      '.jobs-description__content',
      '.jobs-box__html-content',
      '.show-more-less-html__markup',
      '.description__text',
    ],
    posting: [
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      '.top-card-layout__title',
      '.topcard__title',
    ],
  },
  jobRef(u) {
    const id = linkedInJobId(u);
    return id ? { ats: 'linkedin', id } : null;
  },
});
