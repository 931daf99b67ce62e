import { defineBoard } from './registry.ts';

/**
 * Indeed job view (/viewjob?jk=) and the search page's right pane (?vjk=): data-testid hooks.
 * Fixture: tests/fixtures/jobs/indeed.html.
 */
export const indeed = defineBoard({
  id: 'indeed',
  hosts: [
    'indeed.com',
    'indeed.co.uk',
    'indeed.ca',
    'indeed.de',
    'indeed.fr',
    'indeed.com.au',
    'indeed.co.in',
    'indeed.nl',
    'indeed.es',
    'indeed.it',
    'indeed.ie',
    'indeed.ch',
    'indeed.at',
    'indeed.com.br',
    'indeed.com.mx',
    'indeed.jobs',
  ],
  signature: [
    { attr: 'data-testid', equals: 'jobsearch-JobInfoHeader-title' },
    { attr: 'id', equals: 'jobDescriptionText' },
  ],
  sharedHost: true,
  capture: {
    root: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-JobComponent', '#viewJobSSRRoot'],
    // (the search view's pane printed its title as an h2 before the h1 layout: "h2.jobsearch-JobInfoHeader-title")
    title: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1'],
    company: [
      '[data-testid="inlineHeader-companyName"] a',
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"]',
    ],
    location: [
      '[data-testid="inlineHeader-companyLocation"]',
      '[data-testid="job-location"]',
      '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    ],
    salary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'],
    description: ['#jobDescriptionText'],
    posting: ['[data-testid="jobsearch-JobInfoHeader-title"]', '#jobDescriptionText'],
  },
  jobRef(u) {
    const jk = u.searchParams.get('jk') ?? u.searchParams.get('vjk');
    return jk ? { ats: 'indeed', id: jk } : null;
  },
});
