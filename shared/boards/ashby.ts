import { defineBoard } from './registry.ts';

/**
 * Ashby: jobs.ashbyhq.com/<org>/<uuid>. A React app with stable `ashby-job-posting-*` classes;
 * the left pane lists "Location", "Employment Type", "Location Type", "Compensation" as
 * heading + value pairs. Fixture: tests/fixtures/jobs/ashby.html.
 *
 * Application form: forms (jobs.ashbyhq.com/<company>/<id>/application): system fields are
 * named `_systemfield_*`; custom questions get UUID names and are left to the rules.
 * Fixtures: tests/fixtures/forms/ashby-like.html.
 */
export const ashby = defineBoard({
  id: 'ashby',
  hosts: ['ashbyhq.com'],
  signature: [
    { attr: 'class', contains: 'ashby-job-posting-heading' },
    { attr: 'class', contains: 'ashby-job-posting-left-pane' },
  ],
  sharedHost: true,
  ats: { embedPath: /^\/[^/]+\/[^/]+\/application/ },
  capture: {
    // The class sits on the <h1> itself, or (embeds on a brand site) on a wrapper whose <h1> is
    // followed by a "Team • City • Full time" subtitle that is not part of the title.
    title: [
      'h1.ashby-job-posting-heading',
      '.ashby-job-posting-heading h1',
      '.ashby-job-posting-heading',
      'h1[class*="title" i]',
      'h1',
    ],
    company: ['.ashby-job-board-header a img[alt]'],
    description: [
      '.ashby-job-posting-right-pane [class*="descriptionText"]',
      '.ashby-job-posting-right-pane',
      '[class*="_description_"]',
    ],
    posting: ['.ashby-job-posting-heading', '.ashby-job-posting-left-pane'],
  },
  autofill: {
    marker: '[name^="_systemfield_"]',
    selectors: [
      { selector: '[name="_systemfield_name"]', type: 'full_name' },
      { selector: '[name="_systemfield_email"]', type: 'email' },
      { selector: '[name="_systemfield_phone"]', type: 'phone' },
      { selector: '[name="_systemfield_location"]', type: 'city' },
      { selector: 'input[type="file"][name="_systemfield_resume"]', type: 'resume_file' },
    ],
  },
  jobApi: (ref) =>
    ref.board
      ? `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(ref.board)}?includeCompensation=true`
      : null,
  // Company watch: jobs.ashbyhq.com/<board name>[/<posting id>]; one call lists every posting.
  boardApi: {
    boardOf(u) {
      if (u.hostname !== 'jobs.ashbyhq.com') return null;
      const name = u.pathname.split('/').filter(Boolean)[0];
      return name ? decodeURIComponent(name) : null;
    },
    listUrl: (board) =>
      `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(board)}?includeCompensation=true`,
    pageUrl: (board) => `https://jobs.ashbyhq.com/${encodeURIComponent(board)}`,
  },
  jobRef(u) {
    const segs = u.pathname.split('/').filter(Boolean);
    return segs.length >= 2 && /^[0-9a-f-]{36}$/i.test(segs[1]!)
      ? { ats: 'ashby', id: segs[1]!, board: decodeURIComponent(segs[0]!) }
      : null;
  },
});
