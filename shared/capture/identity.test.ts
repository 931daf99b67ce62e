import { describe, expect, it } from 'vitest';
import { fuzzyKey } from '../domain/job-identity.ts';
import { atsRefFromUrl, canonicalUrl } from './identity.ts';

describe('canonicalUrl', () => {
  it.each([
    [
      'https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc123&utm_source=linkedin',
      'https://job-boards.greenhouse.io/acme/jobs/4012345',
    ],
    [
      'https://www.acme.com/careers/job?gh_jid=4012345&utm_medium=social',
      'https://acme.com/careers/job?gh_jid=4012345',
    ],
    [
      'https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=engineer&refId=xyz&trk=public_jobs',
      'https://www.linkedin.com/jobs/view/3912345678/',
    ],
    [
      'https://www.linkedin.com/jobs/view/senior-engineer-at-acme-3912345678?trk=abc',
      'https://www.linkedin.com/jobs/view/3912345678/',
    ],
    [
      'https://uk.linkedin.com/jobs/view/3912345678/?refId=a%3D&trackingId=b',
      'https://www.linkedin.com/jobs/view/3912345678/',
    ],
    [
      'https://www.indeed.com/viewjob?jk=5f2b9c1d0e3a4b6c&from=serp&vjs=3',
      'https://indeed.com/viewjob?jk=5f2b9c1d0e3a4b6c',
    ],
    [
      'https://www.indeed.com/jobs?q=engineer&l=Austin&vjk=5f2b9c1d0e3a4b6c',
      'https://indeed.com/viewjob?jk=5f2b9c1d0e3a4b6c',
    ],
    [
      'https://jobs.lever.co/acme/0c7a1f5e-3b2d-4c8e-9f1a-2b3c4d5e6f70/apply?lever-source=LinkedIn',
      'https://jobs.lever.co/acme/0c7a1f5e-3b2d-4c8e-9f1a-2b3c4d5e6f70',
    ],
    ['HTTPS://Careers.Example.COM//jobs/123/?utm_campaign=x#apply', 'https://careers.example.com/jobs/123'],
    [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Engineer_R12345/apply',
      'https://acme.wd5.myworkdayjobs.com/External/job/Austin-TX/Engineer_R12345',
    ],
  ])('%s', (input, want) => {
    expect(canonicalUrl(input)).toBe(want);
  });

  it('maps the same job reached with different tracking to one URL', () => {
    const a = canonicalUrl('https://boards.greenhouse.io/acme/jobs/77?gh_src=x');
    const b = canonicalUrl('https://boards.greenhouse.io/acme/jobs/77/?utm_source=y&ref=z');
    expect(a).toBe(b);
  });
});

describe('atsRefFromUrl', () => {
  it.each([
    [
      'https://job-boards.greenhouse.io/anthropic/jobs/5058714008',
      { ats: 'greenhouse', id: '5058714008', board: 'anthropic' },
    ],
    [
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345',
      { ats: 'greenhouse', id: '4012345', board: 'acme' },
    ],
    ['https://www.acme.com/careers?gh_jid=4012345', { ats: 'greenhouse', id: '4012345' }],
    [
      'https://jobs.lever.co/sensortower/35a1c773-2ebf-4caf-8931-194d7119ad51/apply',
      { ats: 'lever', id: '35a1c773-2ebf-4caf-8931-194d7119ad51', board: 'sensortower' },
    ],
    [
      'https://jobs.ashbyhq.com/Acme%20Labs/1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      { ats: 'ashby', id: '1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', board: 'Acme Labs' },
    ],
    [
      'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer_JR2019510-1',
      { ats: 'workday', id: 'JR2019510-1', board: 'nvidia' },
    ],
    [
      'https://wd1.myworkdaysite.com/recruiting/acme/External/job/Austin-TX/Analyst_R-1234',
      { ats: 'workday', id: 'R-1234', board: 'acme' },
    ],
    ['https://www.linkedin.com/jobs/search/?currentJobId=3912345678', { ats: 'linkedin', id: '3912345678' }],
    ['https://www.indeed.com/viewjob?jk=5f2b9c1d0e3a4b6c', { ats: 'indeed', id: '5f2b9c1d0e3a4b6c' }],
    [
      'https://jobs.smartrecruiters.com/Acme/743999912345678-senior-engineer',
      { ats: 'smartrecruiters', id: '743999912345678', board: 'Acme' },
    ],
    ['https://apply.workable.com/acme/j/3A1B2C3D4E/', { ats: 'workable', id: '3A1B2C3D4E', board: 'acme' }],
  ])('%s', (url, want) => {
    expect(atsRefFromUrl(url)).toEqual(want);
  });

  it('does not trust look-alike hosts', () => {
    expect(atsRefFromUrl('https://greenhouse.io.evil.example/acme/jobs/123')).toBeNull();
    expect(
      atsRefFromUrl('https://evil.example/jobs.lever.co/acme/35a1c773-2ebf-4caf-8931-194d7119ad51'),
    ).toBeNull();
  });
});

describe('fuzzyKey', () => {
  it('matches the same job written differently on two boards', () => {
    expect(fuzzyKey('Acme, Inc.', 'Senior Software Engineer (Backend)', 'San Francisco, CA')).toBe(
      fuzzyKey('ACME', 'Sr. Software Engineer', 'San Francisco, California, United States'),
    );
  });

  it('keeps different seniority and different cities apart', () => {
    const base = fuzzyKey('Acme', 'Senior Software Engineer', 'Berlin');
    expect(fuzzyKey('Acme', 'Staff Software Engineer', 'Berlin')).not.toBe(base);
    expect(fuzzyKey('Acme', 'Senior Software Engineer', 'London')).not.toBe(base);
  });
});
