import path from 'node:path';
import { closedUi } from '../../scripts/lib/closed-ui.ts';
import { expect, test } from './fixtures.ts';

const RESUME = path.resolve('tests/fixtures/resumes/resume.pdf');

test('first run: from an empty profile to a saved, scored job from a careers page', async ({
  context,
  openPage,
  visit,
}) => {
  const panel = await openPage('sidepanel.html');
  const guide = panel.getByTestId('first-run');
  await expect(guide.locator('[aria-current="step"]')).toContainText('Import your resume');
  await expect(panel.getByRole('tab', { name: 'This page' })).toBeVisible();

  // Step 1: the guide opens the settings page, where the resume is read and reviewed.
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    guide.getByRole('button', { name: 'Import a resume' }).click(),
  ]);
  await options.getByLabel('PDF, DOCX or text file').setInputFiles(RESUME);
  await options.getByRole('button', { name: 'Add to my profile' }).click();
  await expect(options.getByTestId('profile-notice')).toContainText('Imported:');

  // Step 2: the three key facts, in words, with what is missing named.
  await panel.bringToFront();
  await expect(guide.locator('[aria-current="step"]')).toContainText('Check three key facts');
  await expect(guide).toContainText('Priya Nair');
  await expect(guide).toContainText('Seattle');
  await expect(guide).toContainText('Frontend engineer');
  await expect(guide).toContainText('Missing: add the countries where you may work');
  await guide.getByRole('button', { name: 'These are right' }).click();
  await expect(guide.locator('[aria-current="step"]')).toContainText('Save your first job');
  await expect(guide).toContainText('Open any job posting and press Save to Jobraker');

  // Step 3: a company careers page with no structured data and no known board still gets the button.
  const posting = await visit('/jobs/generic-careers.html');
  const button = closedUi(posting, 'jobraker-save');
  await expect.poll(() => button.text()).toBe('Save to Jobraker');
  await button.click('');
  await expect.poll(() => button.text()).toBe('Saved · just now');

  // The guide is done and gone; the job is in the pipeline with its score.
  await panel.bringToFront();
  await expect(guide).toHaveCount(0);
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: 'Site Reliability Engineer' }).click();
  await expect(panel.getByTestId('score-ring')).toHaveAttribute('aria-label', /\d+ out of 100/);
});

test('the guide can be skipped and closed, and stays closed', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  const guide = popup.getByTestId('first-run');
  await guide.getByRole('button', { name: /^Skip/ }).click();
  await expect(guide.locator('[aria-current="step"]')).toContainText('Check three key facts');
  await expect(guide).toContainText('Missing: add your name');
  await guide.getByRole('button', { name: 'Close the guide' }).click();
  await expect(guide).toHaveCount(0);
  const panel = await openPage('sidepanel.html');
  await expect(panel.getByRole('tab', { name: 'Pipeline' })).toBeVisible();
  await expect(panel.getByTestId('first-run')).toHaveCount(0);
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(
    panel.getByText('No saved jobs yet. Open any job posting and press Save to Jobraker'),
  ).toBeVisible();
});
