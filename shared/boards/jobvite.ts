import { defineBoard } from './registry.ts';

/**
 * Jobvite: jobs.jobvite.com/<company>/job/<id>. The title is an `h2.jv-header` inside
 * `.jv-job-detail`, then a meta line of segments split by empty `.jv-inline-separator` spans
 * (category, then the job type when the employer sets one, then the location); the adapter reads
 * that line. Fixtures: the capture dev sets' Jobvite pages.
 */
export const jobvite = defineBoard({
  id: 'jobvite',
  hosts: ['jobvite.com'],
  signature: [{ attr: 'class', word: 'jv-job-detail' }],
  sharedHost: true,
  capture: {
    title: ['.jv-job-detail h2.jv-header', '.jv-job-detail h1', 'h2.jv-header'],
    description: ['.jv-job-detail-description'],
    posting: ['.jv-job-detail-description'],
  },
});
