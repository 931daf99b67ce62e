// Company watch across two browsers of one user with sync on: the alert followed on the first arrives on the
// second as chosen there, unchecked by this browser (each device asks the board itself); a change of frequency
// on the second comes back to the first; stopping on the second removes it from the first.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/chromium.ts';
import { type BoardsApiStandIn, startBoardsApiStandIn } from '../support/boards-api-standin.ts';
import { expect, sendToBackground, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';
import { backgroundOf, routeBoardApis } from './watch-helpers.ts';

const API = () => process.env.JOBRAKER_E2E_API_URL!;
let api: BoardsApiStandIn;
test.beforeAll(async () => {
  api = await startBoardsApiStandIn();
});
test.afterAll(() => api.close());

async function signInWithSync(page: Page, user: string) {
  await sendToBackground(page, 'setBackendUrl', { url: API() });
  await sendToBackground(page, 'localSignIn', { userId: user });
  await sendToBackground(page, 'setSync', { enabled: true });
}
const syncNow = (page: Page) => sendToBackground(page, 'syncNow', {});

test('a watched company follows the user to a second browser, which checks it itself; edits and stopping sync back', async ({
  context,
  openPage,
}) => {
  const user = `user_e2e_watch_${Date.now()}`;
  api.publish('greenhouse', 'northwindlabs', 2);
  await routeBoardApis(await backgroundOf(context), api);
  const first = await openPage('options.html');
  await signInWithSync(first, user);
  const form = first.getByRole('form', { name: 'Watch a company' });
  await form.getByLabel('Board URL').fill('https://job-boards.greenhouse.io/northwindlabs');
  await form.getByLabel('Company name').fill('Northwind Labs');
  await form.getByLabel('Notify from match').fill('30');
  await form.getByRole('button', { name: 'Watch' }).click();
  const onFirst = first.getByRole('listitem', { name: 'Watch Northwind Labs' });
  await expect(onFirst.getByTestId('watch-status')).toContainText('2 open postings, 2 new');
  await syncNow(first);

  const other = await launchWithExtension();
  try {
    await routeBoardApis(await backgroundOf(other.context), api);
    const second = await other.context.newPage();
    await second.goto(`chrome-extension://${other.extensionId}/options.html`);
    await signInWithSync(second, user);
    const onSecond = second.getByRole('listitem', { name: 'Watch Northwind Labs' });
    await expect(onSecond).toContainText('Greenhouse · northwindlabs · daily · match ≥ 30');
    // The first browser's check and what it found stay there: this one has not asked the board yet.
    await expect(onSecond.getByTestId('watch-status')).toHaveText('Not checked from this browser yet.');
    await expect(onSecond.getByRole('list', { name: 'Found at Northwind Labs' })).toHaveCount(0);
    await second.setViewportSize({ width: 900, height: 700 });
    await onSecond.screenshot({ path: screenshotPath('company-watch-synced.png') });

    await onSecond.getByLabel('How often to check Northwind Labs').selectOption('weekly');
    await expect(onSecond).toContainText('· weekly ·');
    await syncNow(second);
    await syncNow(first);
    await expect(onFirst).toContainText('· weekly ·');
    // The first browser's own check state is untouched by the other's edit.
    await expect(onFirst.getByTestId('watch-status')).toContainText('2 open postings, 2 new');

    await onSecond.getByRole('button', { name: 'Stop watching' }).click();
    await expect(second.getByText('No companies watched yet.')).toBeVisible();
    await syncNow(second);
    await syncNow(first);
    await expect(first.getByText('No companies watched yet.')).toBeVisible();
    expect(api.requests.filter((r) => r.board === 'northwindlabs')).toHaveLength(1); // only the first browser asked
  } finally {
    await other.context.close();
    fs.rmSync(other.userDataDir, { recursive: true, force: true });
  }
});
