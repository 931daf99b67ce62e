import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
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

/** An extension page (popup or side panel) in a browser whose profile and resume are set up. */
export async function openSeeded(openPage: (name: string) => Promise<Page>, name: string): Promise<Page> {
  const page = await openPage(name);
  await seedProfile(page);
  return page;
}

/** Autofill from the side panel's Autofill tab. */
export async function autofillFromPanel(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: 'Autofill' }).click();
  await panel.getByRole('button', { name: 'Autofill', exact: true }).click();
}

/** Autofill from the popup, and wait until it reports the fill. */
export async function autofillFromPopup(popup: Page): Promise<void> {
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Autofill this page' }).click();
  await expect(popup.getByTestId('autofill-result')).toContainText('filled', { timeout: 30_000 });
}
