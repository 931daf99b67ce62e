import { defineBoard } from './registry.ts';

/**
 * Lever: jobs.lever.co/<company>/<uuid> (posting) and …/apply (application page with the same
 * header). Fixture: tests/fixtures/jobs/lever.html.
 *
 * Application form: application pages (jobs.lever.co/<company>/<id>/apply).
 * Fixtures: tests/fixtures/forms/lever-like.html.
 */
export const lever = defineBoard({
  id: 'lever',
  hosts: ['lever.co'],
  signature: [{ attr: 'class', word: 'posting-categories' }],
  sharedHost: true,
  ats: { embedPath: /^\/[^/]+\/[^/]+\/apply/ },
  capture: {
    title: ['.posting-headline h2', '.posting-header h2', '.posting-headline h1'],
    location: ['.posting-categories .location', '.posting-categories .sort-by-location', '.location'],
    employmentType: ['.posting-categories .commitment', '.sort-by-commitment'],
    workType: ['.posting-categories .workplaceTypes', '.workplaceTypes'],
    salary: ['[data-qa="salary-range"]', '.posting-salary', '.salary-range'],
    description: [
      '.section-wrapper [data-qa="job-description"]',
      '.posting-page .content [data-qa="job-description"]',
      '.posting-page .content',
    ],
    apply: ['.postings-btn-wrapper a[href*="/apply"]', 'a.postings-btn[href*="/apply"]'],
    posting: ['.posting-headline', '.posting-header'],
  },
  autofill: {
    marker: 'input[name^="cards["], input[name="urls[LinkedIn]"]',
    selectors: [
      { selector: 'input[name="name"]', type: 'full_name' },
      { selector: 'input[name="email"]', type: 'email' },
      { selector: 'input[name="phone"]', type: 'phone' },
      { selector: 'input[name="org"]', type: 'current_company' },
      { selector: 'input[name="location"]', type: 'city', note: 'location autocomplete, city level' },
      { selector: 'input[type="file"][name="resume"]', type: 'resume_file' },
      // Link fields are named by network
      { selector: 'input[name="urls[LinkedIn]"]', type: 'linkedin_url' },
      { selector: 'input[name="urls[GitHub]"]', type: 'github_url' },
      { selector: 'input[name="urls[Portfolio]"]', type: 'portfolio_url' },
      { selector: 'input[name="urls[Other]"]', type: 'website_url' },
      { selector: 'input[name="urls[Twitter]"]', type: 'other' },
      // US EEO survey selects
      { selector: 'select[name="eeo[gender]"]', type: 'gender' },
      { selector: 'select[name="eeo[race]"]', type: 'race' },
      { selector: 'select[name="eeo[veteran]"]', type: 'veteran_status' },
      { selector: 'select[name="eeo[disability]"]', type: 'disability_status' },
      {
        selector: 'input[name^="eeo[disabilitySignature"]',
        type: 'other',
        note: 'CC-305 signature, for the user',
      },
    ],
  },
  jobApi: (ref) =>
    ref.board ? `https://api.lever.co/v0/postings/${encodeURIComponent(ref.board)}/${ref.id}` : null,
  // Company watch: jobs.lever.co/<site>[/<posting id>]. EU boards (jobs.eu.lever.co) answer on another API host: not yet.
  boardApi: {
    boardOf(u) {
      if (u.hostname !== 'jobs.lever.co') return null;
      const site = u.pathname.split('/').filter(Boolean)[0];
      return site && /^[A-Za-z0-9_.-]+$/.test(site) ? site : null;
    },
    listUrl: (board) => `https://api.lever.co/v0/postings/${encodeURIComponent(board)}?mode=json`,
    pageUrl: (board) => `https://jobs.lever.co/${encodeURIComponent(board)}`,
  },
  jobRef(u) {
    const segs = u.pathname.split('/').filter(Boolean);
    return segs.length >= 2 && /^[0-9a-f-]{36}$/i.test(segs[1]!)
      ? { ats: 'lever', id: segs[1]!, board: segs[0]! }
      : null;
  },
});
