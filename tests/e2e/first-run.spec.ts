import path from 'node:path';
import { closedUi } from '../../scripts/lib/closed-ui.ts';
import { expectNoSeriousA11yViolations } from './a11y-helpers.ts';
import { expect, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';

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

test('the key facts are fixed in place from the side panel, and a refused save keeps what was typed', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel.html');
  await panel.setViewportSize({ width: 320, height: 900 });
  const guide = panel.getByTestId('first-run');
  await guide.getByRole('button', { name: /^Skip/ }).click();
  const facts = guide.getByTestId('key-facts');
  await expect(facts).toContainText('Missing: add where you live');

  // Location: the country and state pickers find places as typed; Save shows the new place at once.
  await facts.getByRole('button', { name: 'Edit location' }).click();
  const country = facts.getByRole('combobox', { name: 'Country', exact: true });
  await expect(country).toBeFocused();
  await country.fill('Cana');
  await country.press('Enter');
  await facts.getByRole('combobox', { name: 'State / region' }).fill('Ontar');
  await facts.getByRole('combobox', { name: 'State / region' }).press('Enter');
  await facts.getByLabel('City').fill('Toronto');
  await expectNoSeriousA11yViolations(panel, { label: 'first run, location form', bothThemes: true });
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await guide.screenshot({ path: screenshotPath('first-run-location-form.png') });
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts.locator('[data-fact="place"]')).toContainText('Toronto, ON, Canada');
  await expect(facts.getByRole('button', { name: 'Edit location' })).toBeFocused();

  // Target titles: a chip added from the keyboard, then saved.
  await panel.keyboard.press('Tab'); // from Edit location to Edit work rights
  await panel.keyboard.press('Tab');
  await expect(facts.getByRole('button', { name: 'Edit target titles' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await panel.keyboard.type('Staff Engineer');
  await panel.keyboard.press('Enter');
  await expect(facts.getByRole('button', { name: 'Remove Staff Engineer' })).toBeVisible();
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts.locator('[data-fact="titles"]')).toContainText('Staff Engineer');
  await expect(facts.getByRole('button', { name: 'Edit target titles' })).toBeFocused();

  // A title the profile refuses (a pasted paragraph): the reason is shown and the text stays.
  const paragraph = `Staff Engineer ${'leading platform teams across payments and identity '.repeat(3)}`;
  await facts.getByRole('button', { name: 'Edit target titles' }).click();
  await facts.getByLabel('Add a title').fill(paragraph);
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts.getByRole('alert')).toContainText('Not saved:');
  await expect(facts.getByRole('alert')).toHaveText(
    'Not saved: A target title is at most 100 characters: name the job title alone',
  );
  await expect(facts.getByLabel('Add a title')).toHaveValue(paragraph);
  await guide.screenshot({ path: screenshotPath('first-run-refused-title.png') });
  // Escape leaves the fact as it was and gives the focus back to its Edit button.
  await facts.getByLabel('Add a title').press('Escape');
  await expect(facts.getByRole('button', { name: 'Edit target titles' })).toBeFocused();
  await expect(facts.locator('[data-fact="titles"]')).toHaveText(/Target titles\s*Staff Engineer\s*Edit$/);

  // Work rights: a country chosen by name, and the sponsorship answer.
  await facts.getByRole('button', { name: 'Edit work rights' }).click();
  await facts.getByRole('combobox', { name: 'Add a country' }).fill('Germ');
  await facts.getByRole('combobox', { name: 'Add a country' }).press('Enter');
  await expect(facts.getByRole('button', { name: 'Remove Germany' })).toBeVisible();
  await facts.getByLabel('Needs visa sponsorship').selectOption('no');
  await facts.getByRole('button', { name: 'Save' }).click();
  await expect(facts.locator('[data-fact="workRights"]')).toContainText('Germany; no sponsorship needed');
  await expect(facts.getByRole('button', { name: 'Edit work rights' })).toBeFocused();

  // The profile in Settings has the new values; "These are right" still finishes the step.
  const options = await openPage('options.html');
  await expect(options.getByLabel('City', { exact: true })).toHaveValue('Toronto');
  await expect(options.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('Canada');
  await expect(options.getByLabel('Target titles', { exact: true })).toHaveValue('Staff Engineer');
  await expect(options.getByRole('button', { name: 'Remove Germany' })).toBeVisible();
  // The same cap is explained there too, beside the field.
  await options.getByLabel('Target titles', { exact: true }).fill(`Staff Engineer, ${paragraph}`);
  await expect(options.getByRole('alert')).toContainText('at most 100 characters');
  await expect(options.getByTestId('save-status')).toContainText('Fix the fields marked in red');
  await guide.getByRole('button', { name: 'These are right' }).click();
  await expect(guide.locator('[aria-current="step"]')).toContainText('Save your first job');
});
