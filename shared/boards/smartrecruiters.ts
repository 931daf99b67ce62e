import { defineBoard } from './registry.ts';

/**
 * SmartRecruiters: jobs.smartrecruiters.com/<Company>/<id>-<slug>. Server-rendered with schema.org
 * microdata (itemprop) plus `job-*` classes. Fixture: tests/fixtures/jobs/smartrecruiters.html.
 */
export const smartrecruiters = defineBoard({
  id: 'smartrecruiters',
  hosts: ['smartrecruiters.com'],
  signature: [{ tag: 'spl-job-location' }],
  sharedHost: true,
  ats: {},
  capture: {
    title: ['h1.job-title', '[itemprop="title"]', 'h1'],
    company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-logo img[alt]', '.company-name'],
    location: ['spl-job-location', '.job-detail-location', '[itemprop="jobLocation"]', '.job-location'],
    employmentType: ['[itemprop="employmentType"]', '.job-detail-employment-type'],
    workType: ['.job-detail-workplace', '[data-test="job-workplace"]'],
    // The job ad is its sections: one wrapper holding them all, else the job description with the
    // qualifications and additional information after it (where the rate and the workplace often
    // are). A lone `itemprop="description"` may be the company blurb inside hiringOrganization.
    description: [
      '.job-sections[itemprop="description"]',
      '#st-jobDescription',
      '[itemprop="description"]',
      '.job-sections',
      '.job-description',
    ],
    descriptionMore: ['#st-qualifications', '#st-additionalInformation'],
    posted: ['[itemprop="datePosted"]'],
    posting: ['h1.job-title', '[itemprop="title"]'],
  },
  jobRef(u) {
    const segs = u.pathname.split('/').filter(Boolean);
    const m = segs[1]?.match(/^(\d{6,})/);
    return m ? { ats: 'smartrecruiters', id: m[1]!, board: segs[0]! } : null;
  },
});
