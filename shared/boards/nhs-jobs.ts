import { defineBoard } from './registry.ts';

/**
 * NHS Jobs (jobs.nhs.uk), the NHS's own board: the advert prints its summary, main duties and job
 * description as separate sections (`#job_overview`, `#main_duties`, `#job_description`…), so the
 * description is all of them, not the one an element's name calls the description. The other
 * fields are read by the generic reader from its summary list ("Salary", "Contract", "Working
 * pattern"), whose wordings need the shared rules. Fixtures: capture116 07, capture133 01,
 * capture135 01, capture151 05, capture48 13.
 */
export const nhsJobs = defineBoard({
  id: 'nhs-jobs',
  hosts: ['jobs.nhs.uk'],
  // The Trac reference row only NHS Jobs adverts print.
  signature: [{ attr: 'id', equals: 'trac-job-reference' }],
  sharedHost: true,
  capture: {
    description: ['#job_overview'],
    descriptionMore: [
      '#job_overview_text',
      '#main_duties',
      '#job_description_summary',
      '#job_description',
      '#detailed_job_description',
      '#job_description_large',
      '#job_responsibilities',
    ],
  },
});
