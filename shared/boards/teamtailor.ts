import { defineBoard } from './registry.ts';

/**
 * Teamtailor: <company>.teamtailor.com/jobs/<id>-<slug> (also custom career domains). The header
 * block lists department · location · remote status; the body is a `prose` block.
 * Fixture: tests/fixtures/jobs/teamtailor.html.
 */
export const teamtailor = defineBoard({
  id: 'teamtailor',
  hosts: ['teamtailor.com'],
  signature: [{ attr: 'data-job-title', present: true }],
  sharedHost: true,
  ats: {},
  capture: {
    title: ['[data-job-title]', 'main h1', 'h1'],
    location: ['[data-job-location]', '.job-location'],
    workType: ['[data-job-remote-status]', '.job-remote-status'],
    description: ['[data-job-body]', '.job-body', '[data-section-model="job-body"]', 'main .prose', '.prose'],
    // Career-site sections after the body (data-section-model) belong to the posting too.
    descriptionMore: ['[data-section-model="job-requirements"]', '[data-section-model="job-benefits"]'],
    posting: ['[data-job-title]', 'main h1'],
  },
});
