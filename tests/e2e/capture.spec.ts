import type { Page } from '@playwright/test';
import { closedUi } from '../../scripts/lib/closed-ui.ts';
import { expect, test } from './fixtures.ts';

const saveButton = (page: Page) => closedUi(page, 'jobraker-save');

test('the in-page button saves a posting once, and says so when you come back', async ({
  openPage,
  visit,
}) => {
  const page = await visit('/demo/acme-platform-engineer.html?utm_source=newsletter');
  await expect.poll(() => saveButton(page).text()).toBe('Save to Jobraker');
  await saveButton(page).click('');
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');

  // Capturing again updates the same card instead of adding one.
  await saveButton(page).click('');
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');

  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('count-saved')).toHaveText('1');
  await expect(popup.getByTestId('job-row')).toHaveCount(1);
  await expect(popup.getByTestId('job-row')).toContainText('Senior Platform Engineer');
  await expect(popup.getByTestId('job-row')).toContainText('Acme Robotics');

  // A fresh visit (without the tracking parameter) recognizes the saved job.
  const again = await visit('/demo/acme-platform-engineer.html');
  await expect.poll(() => saveButton(again).text()).toBe('Saved · just now');
});

test('the popup saves the page in the current tab and lists it', async ({ openPage, visit }) => {
  const page = await visit('/demo/acme-platform-engineer.html');
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Save this page' }).click();
  await expect(popup.getByTestId('capture-result')).toHaveText(
    'Saved: Senior Platform Engineer at Acme Robotics',
  );
  await expect(popup.getByTestId('job-row')).toContainText('Acme Robotics');
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');
});

test('a single-page board that swaps postings without a reload is re-detected', async ({
  openPage,
  visit,
}) => {
  const page = await visit('/demo/spa-board.html?job=1');
  await saveButton(page).click('');
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');

  await page.getByRole('link', { name: 'Frontend Engineer at Cirrus' }).click();
  await expect(page).toHaveURL(/job=2/);
  await expect.poll(() => saveButton(page).text()).toBe('Save to Jobraker');
  await saveButton(page).click('');
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');

  await page.getByRole('link', { name: 'Data Engineer at Nimbus' }).click();
  await expect.poll(() => saveButton(page).text()).toBe('Saved · just now');

  const popup = await openPage('popup.html');
  await expect(popup.getByTestId('count-saved')).toHaveText('2');
  await expect(popup.getByTestId('job-row').first()).toContainText('Cirrus Labs');
});

test('a page that is not a posting says so, and offers a prefilled manual form', async ({
  fixturesUrl,
  openPage,
  visit,
}) => {
  const page = await visit('/demo/not-a-job.html');
  expect(await saveButton(page).present()).toBe(false);
  const panel = await openPage('sidepanel.html');
  await panel.getByRole('button', { name: 'Save this page' }).click();
  await expect(panel.getByTestId('capture-result')).toHaveText('No job posting found here.');
  const form = panel.getByRole('form', { name: 'Add this job by hand' });
  await expect(form.getByLabel('Link')).toHaveValue(`${fixturesUrl}/demo/not-a-job.html`);
  await form.getByLabel('Title').fill('Career coach');
  await form.getByLabel('Company').fill('Calm Careers');
  await form.getByRole('button', { name: 'Save job' }).click();
  await expect(panel.getByTestId('job-detail')).toBeVisible();
  await expect(panel.locator('[data-field="title"] input')).toHaveValue('Career coach');
  await expect(panel.locator('[data-field="title"]')).toContainText('your edit');
});

test('the side panel shows captured fields with their source, and keeps edits across recaptures', async ({
  openPage,
  visit,
}) => {
  await visit('/demo/acme-platform-engineer.html');
  const panel = await openPage('sidepanel.html');
  await panel.getByRole('button', { name: 'Save this page' }).click();
  const title = panel.locator('[data-field="title"]');
  await expect(title.locator('input')).toHaveValue('Senior Platform Engineer');
  await expect(title).toContainText('from jsonld');
  await expect(panel.locator('[data-field="salary"] input')).toHaveValue('€85,000–€105,000 / year');
  await title.locator('input').fill('Platform Engineer (Senior)');
  await title.locator('input').blur();
  await expect(title).toContainText('your edit');

  await panel.getByRole('button', { name: 'Save this page' }).click();
  await expect(panel.getByTestId('capture-result')).toContainText('Already saved, updated');
  await expect(title.locator('input')).toHaveValue('Platform Engineer (Senior)');
});

test('the same job saved from another board is offered as a link, and linking leaves one card', async ({
  openPage,
  visit,
}) => {
  const first = await visit('/demo/acme-platform-engineer.html');
  await saveButton(first).click('');
  await expect.poll(() => saveButton(first).text()).toBe('Saved · just now');

  const board = await visit('/demo/board-acme-platform-engineer.html');
  const panel = await openPage('sidepanel.html');
  await panel.getByRole('button', { name: 'Save this page' }).click();
  const prompt = panel.getByRole('group', { name: 'Same job?' });
  await expect(prompt).toContainText('Senior Platform Engineer');
  await expect(panel.getByTestId('count-saved')).toHaveCount(0);
  await prompt.getByRole('button', { name: 'Same job: link them' }).click();
  await expect(panel.getByText('Linked: both addresses now open the same card.')).toBeVisible();
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('1');
  await board.reload();
  await expect.poll(() => saveButton(board).text()).toBe('Saved · just now');
});

test('the side panel follows the active tab and shows the saved job for the page in view', async ({
  openPage,
  visit,
}) => {
  const posting = await visit('/demo/acme-platform-engineer.html');
  await saveButton(posting).click('');
  await expect.poll(() => saveButton(posting).text()).toBe('Saved · just now');
  const other = await visit('/demo/not-a-job.html');

  const panel = await openPage('sidepanel.html');
  await expect(panel.getByTestId('job-detail')).toHaveCount(0);
  await posting.bringToFront();
  await expect(panel.getByTestId('job-detail').locator('[data-field="title"] input')).toHaveValue(
    'Senior Platform Engineer',
  );
  await other.bringToFront();
  await expect(panel.getByTestId('job-detail')).toHaveCount(0);
});
