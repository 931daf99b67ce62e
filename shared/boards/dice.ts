import { defineBoard } from './registry.ts';

/**
 * Dice: www.dice.com/job-detail/<uuid>. `data-cy` / `data-testid` hooks; employment details and
 * pay sit in chips under the header. Fixture: tests/fixtures/jobs/dice.html.
 */
export const dice = defineBoard({
  id: 'dice',
  hosts: ['dice.com'],
  signature: [{ attr: 'data-cy', equals: 'jobTitle' }],
  sharedHost: true,
  capture: {
    title: ['h1[data-cy="jobTitle"]', 'h1'],
    company: ['[data-cy="companyNameLink"]', '[data-cy="companyName"]', 'a[href*="/company-profile/"]'],
    location: ['[data-cy="location"]', '[data-testid="job-location"]'],
    salary: ['[data-cy="payDetails"]', '[data-testid="payDetails"]'],
    description: ['[data-testid="jobDescriptionHtml"]', '#jobDescription', '[data-cy="jobDescription"]'],
    posting: ['h1[data-cy="jobTitle"]', '[data-testid="jobDescriptionHtml"]'],
  },
});
