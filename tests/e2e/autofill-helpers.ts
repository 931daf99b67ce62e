import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sendToBackground } from './fixtures.ts';

/** A complete profile and a stored resume, set up the way the options page would. */
export async function seedProfile(page: Page): Promise<void> {
  await sendToBackground(page, 'saveProfile', {
    id: '01930000-0000-7000-8000-000000000001',
    contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+1 555 0100' },
    links: { linkedin: 'https://www.linkedin.com/in/ada-lovelace', github: 'https://github.com/ada' },
    location: {
      addressLine1: '12 Analytical Way',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
      country: 'US',
    },
    workAuthorization: ['US'],
    requiresSponsorship: false,
    salaryExpectation: { currency: 'USD', min: 150000, max: 180000, period: 'YEAR' },
    targetTitles: ['Frontend Engineer'],
    workTypes: ['remote'],
    industries: [],
    experience: [
      {
        id: '01930000-0000-7000-8000-000000000002',
        title: 'Senior Frontend Engineer',
        company: 'Cascade Health',
        start: '2021-01',
        current: true,
        bullets: ['Built the patient portal in React'],
      },
    ],
    education: [],
    skills: [{ name: 'React', source: 'input' }],
    certifications: [],
    projects: [],
    eeo: {},
    howDidYouHear: 'LinkedIn',
    updatedAt: new Date().toISOString(),
  });
  const pdf = fs.readFileSync(path.resolve('tests/fixtures/resumes/resume.pdf')).toString('base64');
  await sendToBackground(page, 'addDocument', {
    kind: 'resume',
    fileName: 'resume.pdf',
    mimeType: 'application/pdf',
    base64: pdf,
    text: 'Ada Lovelace resume',
  });
}
