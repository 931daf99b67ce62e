import { defineBoard } from './registry.ts';

/**
 * Glassdoor job view (/job-listing/…?jl=<id>) and the search page's details pane: `data-test`
 * hooks and CSS-module classes (`JobDetails_jobDescription__…`). The employer name can be
 * followed by a rating. Fixture: tests/fixtures/jobs/glassdoor.html.
 */
export const glassdoor = defineBoard({
  id: 'glassdoor',
  hosts: [
    'glassdoor.com',
    'glassdoor.co.uk',
    'glassdoor.ca',
    'glassdoor.de',
    'glassdoor.fr',
    'glassdoor.com.au',
    'glassdoor.co.in',
    'glassdoor.ie',
    'glassdoor.nl',
    'glassdoor.be',
    'glassdoor.ch',
    'glassdoor.at',
    'glassdoor.es',
    'glassdoor.it',
  ],
  // The employer's name: a `data-test` hook, or (newer job views, none) its CSS-module class.
  signature: [
    { attr: 'data-test', equals: 'employer-name' },
    { attr: 'class', contains: 'EmployerProfile_employerName' },
  ],
  sharedHost: true,
  capture: {
    root: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]', 'main'],
    title: ['[data-test="job-title"]', 'h1'],
    company: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'],
    location: ['[data-test="location"]', '[data-test="emp-location"]'],
    salary: ['[data-test="detailSalary"]', '[data-test="salary-estimate"]'],
    description: [
      '[class*="JobDetails_jobDescription"]',
      '.jobDescriptionContent',
      '[data-test="jobDescriptionContent"]',
    ],
    posting: ['[data-test="job-title"]'],
  },
});
