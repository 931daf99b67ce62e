import type { BrowserContext, Page } from '@playwright/test';
import type { Job } from '../../shared/domain/index.ts';
import { expect, makeDraft, sendToBackground, test } from './fixtures.ts';

async function worker(context: BrowserContext) {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  return sw;
}

/** Fires the reminders alarm now, as Chrome would every 15 minutes (unpacked extensions have no minimum delay). */
async function fireReminderAlarm(context: BrowserContext) {
  await (await worker(context)).evaluate(() =>
    chrome.alarms.create('jobraker-reminders', { when: Date.now() }),
  );
}

async function notificationIds(context: BrowserContext): Promise<string[]> {
  return (await worker(context)).evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** The browser's local calendar date `days` from now (deadlines are dates on the user's calendar). */
const localDay = (page: Page, days: number) =>
  page.evaluate((d) => {
    const t = new Date(Date.now() + d * 86_400_000);
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  }, days);

async function savedWithDeadline(page: Page, n: number, title: string, deadline: string): Promise<Job> {
  const { job } = await sendToBackground<{ job: Job }>(page, 'saveDraft', makeDraft(n, { title }));
  return sendToBackground<Job>(page, 'updateJob', { jobId: job.id, patch: { deadline } });
}

test('a deadline reminder fires from the alarm as a notification, shows in Today, and snooze and done put it away', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  const tomorrow = await localDay(popup, 1);
  const soon = await savedWithDeadline(popup, 1, 'Reminder Engineer', tomorrow);
  const today = await savedWithDeadline(popup, 2, 'Deadline Today Analyst', await localDay(popup, 0));
  await savedWithDeadline(popup, 3, 'Far Future Designer', await localDay(popup, 20));

  // The alarm checks what is due and shows one notification per reminder, once.
  await fireReminderAlarm(context);
  const idOf = (job: Job) => `reminder|${job.id}|deadline:${job.id}:${job.deadline}`;
  await expect
    .poll(() => notificationIds(context))
    .toEqual(expect.arrayContaining([idOf(soon), idOf(today)]));
  expect((await notificationIds(context)).some((id) => id.includes('Far Future'))).toBe(false);
  expect(await notificationIds(context)).toHaveLength(2);
  await (await worker(context)).evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  await fireReminderAlarm(context);
  await popup.waitForTimeout(1000);
  expect(await notificationIds(context)).toEqual([]); // already shown: not shown again

  // The popup's Today list: both due, the far one not.
  await popup.reload();
  const today$ = popup.getByTestId('today');
  const items = today$.getByTestId('today-item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Reminder Engineer' })).toContainText(
    `Apply by ${tomorrow} (tomorrow)`,
  );
  await expect(today$).not.toContainText('Far Future Designer');
  await popup.screenshot({ path: test.info().outputPath('popup-today.png'), fullPage: true });

  // Keyboard: Tab to a reminder's Done button, S snoozes it a day.
  const soonItem = items.filter({ hasText: 'Reminder Engineer' });
  await soonItem.getByRole('button', { name: 'Done' }).focus();
  await popup.keyboard.press('s');
  await expect(soonItem).toHaveCount(0);
  // D marks the other done.
  const todayItem = items.filter({ hasText: 'Deadline Today Analyst' });
  await todayItem.getByRole('button', { name: /Snooze/ }).focus();
  await popup.keyboard.press('d');
  await expect(today$).toContainText('Nothing due today.');

  // Both states are kept: a new check shows nothing, and the Today list stays empty after reopening.
  await fireReminderAlarm(context);
  await popup.waitForTimeout(1000);
  expect(await notificationIds(context)).toEqual([]);
  const again = await openPage('popup.html');
  await expect(again.getByTestId('today')).toContainText('Nothing due today.');
});

/** What a click on a notification (or one of its buttons) does, called in the worker as Chrome would. */
type ReminderTest = { click(id: string): Promise<void>; button(id: string, index: number): Promise<void> };
const clickNotification = async (context: BrowserContext, id: string, button?: number) =>
  (await worker(context)).evaluate(
    ([id, button]) => {
      const t = (globalThis as unknown as { jobrakerReminderTest: ReminderTest }).jobrakerReminderTest;
      return button === undefined ? t.click(id) : t.button(id, button);
    },
    [id, button] as const,
  );

test('clicking a reminder opens the job; its Done button puts the reminder away on every surface', async ({
  context,
  openPage,
}) => {
  const popup = await openPage('popup.html');
  const job = await savedWithDeadline(popup, 4, 'Clickable Reminder Engineer', await localDay(popup, 1));
  await fireReminderAlarm(context);
  const id = `reminder|${job.id}|deadline:${job.id}:${job.deadline}`;
  await expect.poll(() => notificationIds(context)).toContain(id);

  const opened = context.waitForEvent('page');
  await clickNotification(context, id);
  const jobPage = await opened;
  await expect(jobPage).toHaveURL(new RegExp(`job\\.html\\?id=${job.id}`));
  await expect(jobPage.getByRole('heading', { level: 1 })).toHaveText('Clickable Reminder Engineer');
  expect(await notificationIds(context)).not.toContain(id);

  // The same reminder shown again (a new day's check), then "Done" from the notification's button.
  await (await worker(context)).evaluate(
    ([id]) =>
      chrome.notifications.create(id, {
        type: 'basic',
        iconUrl: chrome.runtime.getURL('/notification-icon.png'),
        title: 't',
        message: 'm',
      }),
    [id] as const,
  );
  await clickNotification(context, id, 1);
  expect(await notificationIds(context)).not.toContain(id);
  await popup.reload();
  await expect(popup.getByTestId('today')).not.toContainText('Clickable Reminder Engineer');
});

test('Done from the popup on a job deleted meanwhile says so and keeps the list', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  const job = await savedWithDeadline(popup, 4, 'Vanishing Role', await localDay(popup, 0));
  await expect(popup.getByTestId('today-item')).toHaveCount(1);
  const error = await sendToBackground(popup, 'reminderAction', {
    key: `deadline:${job.id}:${job.deadline}`,
    jobId: '01900000-0000-7000-8000-00000000dead',
    action: 'done',
  }).catch((e: Error) => e.message);
  expect(error).toContain('That job is no longer saved');
  await expect(popup.getByTestId('today-item')).toHaveCount(1);
});
