import { defineBoard } from './registry.ts';

/**
 * SEEK (seek.com.au / seek.co.nz) job view: everything carries a `data-automation` attribute.
 * The advertiser may be a recruiter. Fixture: tests/fixtures/jobs/seek.html.
 */
export const seek = defineBoard({
  id: 'seek',
  hosts: ['seek.com.au', 'seek.co.nz', 'seek.com'],
  signature: [{ attr: 'data-automation', equals: 'job-detail-title' }],
  sharedHost: true,
  capture: {
    title: ['[data-automation="job-detail-title"]'],
    company: ['[data-automation="advertiser-name"]'],
    location: ['[data-automation="job-detail-location"]'],
    employmentType: ['[data-automation="job-detail-work-type"]'],
    workType: ['[data-automation="job-detail-work-arrangements"]'],
    salary: ['[data-automation="job-detail-salary"]'],
    description: ['[data-automation="jobAdDetails"]'],
    apply: ['a[data-automation="job-detail-apply"]'],
    posting: ['[data-automation="job-detail-title"]'],
  },
});
