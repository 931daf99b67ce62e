import type { Worker } from '@playwright/test';
import { makeProfile } from '../../shared/match/testing.ts';
import { type BoardsApiStandIn, startBoardsApiStandIn } from '../support/boards-api-standin.ts';
import { expect, sendToBackground, test } from './fixtures.ts';
import { screenshotPath } from './screenshots.ts';
import { backgroundOf, routeBoardApis } from './watch-helpers.ts';

let api: BoardsApiStandIn;
test.beforeAll(async () => {
  api = await startBoardsApiStandIn();
});
test.afterAll(() => api.close());

/** A day later, as far as the alert knows: its last check moved back 25 hours in the browser's database. */
async function aDayPasses(worker: Worker) {
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jobraker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // This device's check state (not the synced alert) holds when the board was last asked.
          const tx = open.result.transaction('watchChecks', 'readwrite');
          const store = tx.objectStore('watchChecks');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const a of all.result)
              store.put({ ...a, lastRunAt: new Date(Date.now() - 25 * 3_600_000).toISOString() });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
}

const notificationIds = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

test('a watched company’s new posting is announced on the alarm, and clicking the notice saves it', async ({
  context,
  openPage,
}) => {
  api.publish('greenhouse', 'northwindlabs', 2);
  const worker = await backgroundOf(context);
  await routeBoardApis(worker, api);
  const options = await openPage('options.html');
  const profile = makeProfile({
    targetTitles: ['Backend Engineer', 'Platform Engineer'],
    skills: ['Python', 'PostgreSQL', 'Docker', 'AWS'].map((name) => ({ name, source: 'input' as const })),
  });
  await sendToBackground(options, 'saveProfile', { ...profile, updatedAt: new Date().toISOString() });

  // Follow the company by its board URL: the first check runs at once.
  const form = options.getByRole('form', { name: 'Watch a company' });
  await form.getByLabel('Board URL').fill('https://job-boards.greenhouse.io/northwindlabs');
  await form.getByLabel('Company name').fill('Northwind Labs');
  await form.getByLabel('Notify from match').fill('30');
  await form.getByRole('button', { name: 'Watch' }).click();
  const card = options.getByRole('listitem', { name: 'Watch Northwind Labs' });
  await expect(card.getByTestId('watch-status')).toContainText('2 open postings, 2 new, 1 matched');
  await expect(card.getByRole('list', { name: 'Found at Northwind Labs' })).toContainText(
    'Senior Backend Engineer',
  );
  expect(api.requests).toHaveLength(1);

  // The board publishes a new posting; a day later the alarm fires and only that one is announced.
  api.publish('greenhouse', 'northwindlabs', 3);
  await aDayPasses(worker);
  await worker.evaluate(() => chrome.alarms.create('company-watch', { when: Date.now() + 100 }));
  await expect(card.getByTestId('watch-status')).toContainText('3 open postings, 1 new, 1 matched');
  expect(api.requests[1]!.ifNoneMatch).toMatch(/^W\/"/);
  const fresh = (await notificationIds(worker)).find((id) => id.endsWith('|4100003'));
  expect(fresh, 'a notification for the new posting').toBeTruthy();

  // The user clicks it (a test cannot click a system notification: the worker gets what a click gives).
  await worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { jobrakerWatchTest: { clickNotification(id: string): Promise<void> } }
      ).jobrakerWatchTest.clickNotification(id),
    fresh!,
  );
  const panel = await openPage('sidepanel.html');
  await panel.getByRole('tab', { name: 'Pipeline' }).click();
  await panel.getByRole('button', { name: 'Staff Platform Engineer' }).click();
  const detail = panel.getByTestId('job-detail');
  await expect(detail).toContainText('Northwind Labs');
  await expect(detail.getByTestId('watching')).toContainText('Watching Northwind Labs (daily)');
  await expect(card.getByRole('list', { name: 'Found at Northwind Labs' })).toContainText('Saved');

  // Save the other match from the list too, then see what these jobs ask for that the profile lacks.
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('button', { name: 'Save' })).toHaveCount(0);
  const market = options.getByTestId('market-asks');
  const kubernetes = market.getByRole('listitem', { name: 'Kubernetes' });
  await expect(kubernetes).toContainText('asked for by 2 jobs');
  await expect(kubernetes).toContainText('Short step from what you know: Docker');
  await expect(kubernetes.getByRole('link', { name: 'Staff Platform Engineer' })).toBeVisible();
  // No course is suggested; one appears only when the user adds it (and only as an http(s) link).
  await expect(market).not.toContainText('Your course');
  await kubernetes.getByRole('button', { name: 'Add a course you chose for Kubernetes' }).click();
  const addCourse = kubernetes.getByRole('form', { name: 'Add a course for Kubernetes' });
  await addCourse.getByLabel('Course name').fill('CKA study group');
  await addCourse.getByLabel('Course link').fill('javascript:alert(1)');
  await addCourse.getByRole('button', { name: 'Add' }).click();
  await expect(kubernetes.getByRole('alert')).toContainText('Only http and https links');
  await addCourse.getByLabel('Course link').fill('https://learn.example/cka');
  await addCourse.getByRole('button', { name: 'Add' }).click();
  await expect(kubernetes.getByRole('link', { name: 'CKA study group' })).toHaveAttribute(
    'href',
    'https://learn.example/cka',
  );
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.getByRole('heading', { name: 'Company watch' }).scrollIntoViewIfNeeded();
  await options
    .getByRole('region', { name: 'Company watch' })
    .screenshot({ path: screenshotPath('company-watch.png') });
  await market.screenshot({ path: screenshotPath('learning-recommendations.png') });

  // A bad board URL is refused with a clear message.
  await form.getByLabel('Board URL').fill('https://www.linkedin.com/company/northwind');
  await form.getByRole('button', { name: 'Watch' }).click();
  await expect(form.getByRole('alert')).toContainText('is not a Greenhouse, Lever or Ashby board');

  // Adding the skill to the profile takes it off the list at once (live query).
  await sendToBackground(options, 'addSkill', { name: 'Kubernetes' });
  await expect(market.getByRole('listitem', { name: 'Kubernetes' })).toHaveCount(0);
});
