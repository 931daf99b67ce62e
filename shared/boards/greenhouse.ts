import { hostIsAny } from './host.ts';
import { defineBoard } from './registry.ts';

/**
 * Greenhouse: job-boards.greenhouse.io (current React board), boards.greenhouse.io (legacy
 * server-rendered board, `#app_body`), and embeds on employer sites (`?gh_jid=`).
 * Fixtures: tests/fixtures/jobs/greenhouse.html (current), greenhouse-legacy.html (legacy).
 *
 * Application form: the React job board (job-boards.greenhouse.io) and the legacy server-rendered
 * board (boards.greenhouse.io), both also embedded in company pages through an iframe.
 * Fixtures: tests/fixtures/forms/greenhouse-like.html.
 */
const HOSTS = ['greenhouse.io'];

export const greenhouse = defineBoard({
  id: 'greenhouse',
  hosts: HOSTS,
  param: 'gh_jid',
  signature: [
    { attr: 'id', equals: 'grnhse_app' },
    { attr: 'id', equals: 'app_body' },
  ],
  sharedHost: true,
  ats: { embedPath: /^\/embed\/job_app/ },
  capture: {
    // Current board: .job__header > .job__title > h1 + .job__location. Legacy: h1.app-title.
    title: ['.job__title h1', '.job__header h1', 'h1.app-title', '#header h1', '.app-title'],
    // Legacy prints "at Company" under the title; the current board only has it in <title>.
    company: ['#header .company-name', '.company-name'],
    location: ['.job__location', '#header .location', '.location'],
    // Pay transparency block (current: .pay-range; legacy: .content-pay-transparency).
    salary: ['.pay-range', '.content-pay-transparency', '.pay-transparency'],
    description: ['.job__description', '#content', '.job-post-content', '#app_body .content'],
  },
  autofill: {
    marker: 'form#application-form [id^="question_"], form#application_form input[name^="job_application["]',
    selectors: [
      // Standard questions keep fixed ids on both boards
      { selector: '#first_name', type: 'first_name' },
      { selector: '#last_name', type: 'last_name' },
      { selector: '#email', type: 'email' },
      { selector: '#phone', type: 'phone' },
      { selector: 'input[type="file"]#resume', type: 'resume_file' },
      { selector: 'input[type="file"]#cover_letter', type: 'cover_letter_file' },
      // The classic board's direct-upload forms: each styled "Attach" button opens the id-less `name="file"` input
      // of a hidden form outside the application, named for the document it takes
      { selector: 'form#s3_upload_for_resume input[type="file"]', type: 'resume_file' },
      { selector: 'form#s3_upload_for_cover_letter input[type="file"]', type: 'cover_letter_file' },
      // "Enter manually" paste boxes
      {
        selector: 'textarea#resume_text',
        type: 'other',
        note: 'resume paste box; the file input is preferred',
      },
      { selector: 'textarea#cover_letter_text', type: 'cover_letter_text' },
      // EEO block (react-select comboboxes on the new board)
      { selector: '#gender', type: 'gender' },
      { selector: '#hispanic_ethnicity', type: 'race' },
      { selector: '#race', type: 'race' },
      { selector: '#veteran_status', type: 'veteran_status' },
      { selector: '#disability_status', type: 'disability_status' },
    ],
  },
  jobApi: (ref) =>
    ref.board
      ? `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(ref.board)}/jobs/${ref.id}?pay_transparency=true`
      : null,
  // Company watch: boards.greenhouse.io/<token>, job-boards.greenhouse.io/<token>[/jobs/<id>], ?for=<token>.
  boardApi: {
    boardOf(u) {
      if (!hostIsAny(u.hostname, HOSTS)) return null;
      const token = u.searchParams.get('for') ?? u.pathname.split('/').filter(Boolean)[0];
      return token && /^[A-Za-z0-9_-]+$/.test(token) && token !== 'embed' ? token : null;
    },
    listUrl: (board) =>
      `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}/jobs?content=true`,
    pageUrl: (board) => `https://job-boards.greenhouse.io/${encodeURIComponent(board)}`,
  },
  jobRef(u) {
    const segs = u.pathname.split('/').filter(Boolean);
    const ghJid = u.searchParams.get('gh_jid');
    if (hostIsAny(u.hostname, HOSTS)) {
      const i = segs.indexOf('jobs');
      const token = u.searchParams.get('token');
      const board = u.searchParams.get('for') ?? (i > 0 ? segs[i - 1] : undefined);
      const id = i >= 0 ? segs[i + 1] : (token ?? ghJid);
      if (id && /^\d+$/.test(id)) return { ats: 'greenhouse', id, ...(board ? { board } : {}) };
    }
    // White-label career pages carry the id as gh_jid.
    return ghJid && /^\d+$/.test(ghJid) ? { ats: 'greenhouse', id: ghJid } : null;
  },
});
