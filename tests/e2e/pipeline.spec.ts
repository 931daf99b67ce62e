import fs from 'node:fs';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

test('the popup shows per-stage counts and the last five saves, live as the background writes', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByText('No jobs yet')).toBeVisible();
  await expect(popup.getByTestId('account-line')).toContainText('Local only: nothing leaves this browser.');
  await expect(popup.getByTestId('count-saved')).toHaveText('0');

  for (let i = 1; i <= 6; i++) await sendToBackground(popup, 'saveDraft', makeDraft(i));

  // No reload: the live query picks the writes up.
  await expect(popup.getByTestId('count-saved')).toHaveText('6');
  await expect(popup.getByTestId('job-row')).toHaveCount(5);
  await expect(popup.getByTestId('job-row').first()).toContainText('Engineer 6');
  await expect(popup.getByTestId('job-row').first()).toContainText('Company 6');
  await expect(popup.getByTestId('job-row').first()).toContainText('Saved');
});

test('the side panel moves a job through the pipeline, with undo', async ({ openPage }) => {
  const panel = await openPage('sidepanel.html');
  const { job } = await sendToBackground<{ job: { id: string } }>(panel, 'saveDraft', makeDraft(1));
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('1');
  await panel.getByRole('button', { name: 'Engineer 1' }).click();
  await panel.getByLabel('Move to stage').selectOption('applied');
  await expect(panel.getByTestId('count-applied')).toHaveText('1');
  await expect(panel.getByTestId('count-saved')).toHaveText('0');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('1');

  await panel.getByLabel('Application deadline').fill('2026-12-15');
  await panel.getByLabel('Excitement').selectOption('4');
  await panel.getByLabel('Notes').fill('Referral from Sam');
  await panel.getByLabel('Notes').blur();
  await panel.reload();
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: 'Engineer 1' }).click();
  await expect(panel.getByLabel('Application deadline')).toHaveValue('2026-12-15');
  await expect(panel.getByLabel('Excitement')).toHaveValue('4');
  await expect(panel.getByLabel('Notes')).toHaveValue('Referral from Sam');

  await panel.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('0');
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('count-saved')).toHaveText('1');
  expect(job.id).toBeTruthy();
});

test('saved jobs survive a browser restart with the same profile', async () => {
  const first = await launchWithExtension();
  const page = await first.context.newPage();
  await page.goto(`chrome-extension://${first.extensionId}/popup.html`);
  await sendToBackground(page, 'saveDraft', makeDraft(42));
  await expect(page.getByTestId('count-saved')).toHaveText('1');
  await first.context.close();

  const second = await launchWithExtension(first.userDataDir);
  try {
    const again = await second.context.newPage();
    await again.goto(`chrome-extension://${second.extensionId}/popup.html`);
    await expect(again.getByTestId('count-saved')).toHaveText('1');
    await expect(again.getByTestId('job-row')).toContainText('Engineer 42');
  } finally {
    await second.context.close();
    fs.rmSync(first.userDataDir, { recursive: true, force: true });
  }
});
