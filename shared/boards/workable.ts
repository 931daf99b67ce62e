import { defineBoard } from './registry.ts';

/**
 * Workable: apply.workable.com/<company>/j/<shortcode>/ (and <company>.workable.com). Rendered app
 * with `data-ui` hooks. Fixture: tests/fixtures/jobs/workable.html.
 *
 * Application form: tab (apply.workable.com/<company>/j/<id>/apply).
 * Fixtures: tests/fixtures/forms/workable-like.html.
 */
export const workable = defineBoard({
  id: 'workable',
  hosts: ['workable.com'],
  signature: [{ attr: 'data-ui', equals: 'job-title' }],
  sharedHost: true,
  ats: {},
  capture: {
    title: ['[data-ui="job-title"]', 'h1'],
    company: [
      '[data-ui="company-name"]',
      'header [data-ui="logo"] img[alt]',
      'header [data-ui="company-logo"] img[alt]',
    ],
    location: ['[data-ui="job-location"]'],
    employmentType: ['[data-ui="job-type"]'],
    workType: ['[data-ui="job-workplace"]'],
    // Not the benefits section: its amounts are meal cards and training budgets. Pay written there
    // as pay is still read from the description, which the section joins (descriptionMore).
    salary: ['[data-ui="job-salary"]', '[data-ui="salary"]'],
    description: ['[data-ui="job-breakdown"]', '[data-ui="job-description"]'],
    // Workable prints requirements and benefits as sections beside the description.
    descriptionMore: ['[data-ui="job-requirements"]', '[data-ui="job-benefits"]'],
    posted: ['[data-ui="job-posted"]'],
    posting: ['[data-ui="job-title"]'],
  },
  autofill: {
    selectors: [
      { selector: 'input#firstname', type: 'first_name' },
      { selector: 'input#lastname', type: 'last_name' },
      { selector: 'input#email', type: 'email' },
      { selector: 'input[name="phone"][type="tel"]', type: 'phone' },
      { selector: 'input#address', type: 'address_line1', note: 'one location autocomplete' },
      { selector: 'textarea#cover_letter', type: 'cover_letter_text' },
      { selector: 'textarea#summary', type: 'other' },
    ],
  },
  jobRef(u) {
    const segs = u.pathname.split('/').filter(Boolean);
    const i = segs.indexOf('j');
    return i >= 0 && segs[i + 1]
      ? { ats: 'workable', id: segs[i + 1]!, ...(i > 0 ? { board: segs[0]! } : {}) }
      : null;
  },
});
