import { defineBoard } from './registry.ts';

/**
 * Workday: <tenant>.wd<N>.myworkdayjobs.com/<site>/job/<location>/<title>_<reqId>. Rendered DOM
 * keyed by data-automation-id; the page <h1> is the career site's banner ("CAREERS AT X"), not
 * the job. Fixture: tests/fixtures/jobs/workday.html.
 *
 * Application form: (<tenant>.wd<N>.myworkdayjobs.com): multi-step single-page form whose
 * dropdowns are buttons opening a listbox (the executor's combobox path) and whose inputs
 * carry `name="legalName--firstName"`-style names. Only standard attributes are read.
 * Fixtures: tests/fixtures/forms/workday-like.html.
 */
export const workday = defineBoard({
  id: 'workday',
  hosts: ['myworkdayjobs.com', 'myworkdaysite.com', 'myworkday.com'],
  signature: [{ attr: 'data-automation-id', equals: 'jobPostingHeader' }],
  sharedHost: true,
  ats: { embedPath: /^\// },
  capture: {
    title: ['[data-automation-id="jobPostingHeader"]'],
    location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
    employmentType: ['[data-automation-id="time"] dd', '[data-automation-id="time"]'],
    workType: ['[data-automation-id="remoteType"] dd', '[data-automation-id="workerSubType"] dd'],
    description: ['[data-automation-id="jobPostingDescription"]'],
    posted: ['[data-automation-id="postedOn"] dd'],
    apply: ['a[data-automation-id="adventureButton"]', 'a[data-uxi-element-id^="Apply"]'],
    posting: ['[data-automation-id="jobPostingHeader"]'],
  },
  autofill: {
    marker: 'input[name^="legalName--"]',
    selectors: [
      { selector: 'input[name="legalName--firstName"]', type: 'first_name' },
      { selector: 'input[name="legalName--lastName"]', type: 'last_name' },
      { selector: 'input[name="addressLine1"]', type: 'address_line1' },
      { selector: 'input[name="city"]', type: 'city' },
      { selector: 'input[name="postalCode"]', type: 'postal_code' },
      { selector: 'input[name="phoneNumber"]', type: 'phone' },
      { selector: 'input[name="email"]', type: 'email' },
    ],
  },
  jobRef(u) {
    const host = u.hostname.toLowerCase();
    const segs = u.pathname.split('/').filter(Boolean);
    const last = segs.filter((s) => s !== 'apply' && s !== 'autofillWithResume').at(-1) ?? '';
    const m = last.match(/_([A-Za-z]*-?\d[\w-]*)$/);
    // myworkdaysite.com puts the tenant in the path: /recruiting/<tenant>/<site>/job/…
    const tenant = /^wd\d+\./.test(host) && segs[0] === 'recruiting' ? segs[1] : host.split('.')[0];
    return m && tenant ? { ats: 'workday', id: m[1]!, board: tenant } : null;
  },
});
