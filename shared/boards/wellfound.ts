import { defineBoard } from './registry.ts';

/**
 * Wellfound (ex AngelList Talent): wellfound.com/jobs/<id>-<slug> and /company/<x>/jobs/<id>.
 * Utility-class markup, so the adapter relies on the company link and labelled facts
 * ("Location", "Job type", "Remote policy", "Compensation"). Fixture: tests/fixtures/jobs/wellfound.html.
 */
export const wellfound = defineBoard({
  id: 'wellfound',
  hosts: ['wellfound.com', 'angel.co'],
  sharedHost: true,
  capture: {
    title: ['h1'],
    company: ['a[href^="/company/"] h2', 'a[href^="/company/"][class*="name" i]', 'a[href^="/company/"]'],
    description: ['[data-test="JobDescription"]', '#job-description', '[class*="description" i]'],
    posting: ['h1'],
  },
});
