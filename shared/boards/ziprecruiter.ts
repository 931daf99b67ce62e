import { defineBoard } from './registry.ts';

/**
 * ZipRecruiter job page (/c/<Company>/Job/<Title>/-in-<City>?jid=…, /jobs/…): header with
 * title, hiring company and location; pay and type as chips. Fixture: tests/fixtures/jobs/ziprecruiter.html.
 */
export const ziprecruiter = defineBoard({
  id: 'ziprecruiter',
  hosts: ['ziprecruiter.com', 'ziprecruiter.co.uk', 'ziprecruiter.ca', 'ziprecruiter.de', 'ziprecruiter.in'],
  signature: [{ attr: 'class', word: 'hiring_company_text' }],
  sharedHost: true,
  capture: {
    title: ['h1.job_title', '[data-testid="job-title"]', 'h1'],
    company: [
      '.hiring_company_text a',
      '.hiring_company',
      '[data-testid="job-card-company"]',
      'a.company_name',
    ],
    location: ['.location_text', '[data-testid="job-card-location"]', '.hiring_location'],
    salary: ['.pay', '[data-testid="job-card-salary"]', '.salary_text'],
    description: ['.job_description', '.jobDescriptionSection', '[data-testid="job-description"]'],
    posting: ['h1.job_title', '[data-testid="job-title"]', '.job_description'],
  },
});
