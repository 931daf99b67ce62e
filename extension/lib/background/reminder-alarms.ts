import { type Browser, browser } from 'wxt/browser';
import { toNotify } from '../../../shared/reminders/due.ts';
import { chromeNotificationButtons } from '../browser-only.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { dueReminders, markReminder, reminderStates, SNOOZE_DAYS } from '../services/reminders.ts';
import { onRepeatingAlarm } from './repeating-alarm.ts';

/** The one repeating alarm that checks what is due. */
export const REMINDER_ALARM = 'jobraker-reminders';
const CHECK_EVERY_MINUTES = 15;
/** Notification ids carry the job and the reminder: `reminder|<jobId>|<key>`. */
const PREFIX = 'reminder|';

const notificationId = (jobId: string, key: string) => `${PREFIX}${jobId}|${key}`;
function parseId(id: string): { jobId: string; key: string } | null {
  if (!id.startsWith(PREFIX)) return null;
  const [jobId, ...rest] = id.slice(PREFIX.length).split('|');
  return jobId && rest.length ? { jobId, key: rest.join('|') } : null;
}

/** The page that shows one job (job.html, the job detail page of issue 16), beside popup.html in the bundle. */
export const jobPageUrl = (jobId: string) =>
  new URL(`job.html?id=${encodeURIComponent(jobId)}`, browser.runtime.getURL('/popup.html')).href;

/** Shows a notification for each reminder that became due since the last check. */
export async function checkReminders(db: JobrakerDatabase, now = new Date()): Promise<number> {
  const { due } = await dueReminders(db, now);
  const fresh = toNotify(due, await reminderStates(db));
  const buttons = chromeNotificationButtons();
  for (const r of fresh) {
    const options: Browser.notifications.NotificationCreateOptions = {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/notification-icon.png'),
      title: `${r.title}${r.company ? ` · ${r.company}` : ''}`,
      message: r.reason,
      ...(buttons
        ? { buttons: [{ title: `Snooze ${SNOOZE_DAYS} day` }, { title: 'Done' }], requireInteraction: true }
        : {}),
    };
    await browser.notifications.create(notificationId(r.jobId, r.key), options);
    await markReminder(db, r.key, r.jobId, 'notified', now);
  }
  return fresh.length;
}

/** Registers the reminder check's alarm and the notification listeners. */
export function registerReminderAlarms(db: JobrakerDatabase): void {
  onRepeatingAlarm(REMINDER_ALARM, CHECK_EVERY_MINUTES, () => void checkReminders(db).catch(() => undefined));
  // A click opens the job's page; the buttons snooze (0) or mark done (1).
  const onClicked = async (id: string) => {
    const parsed = parseId(id);
    if (!parsed) return;
    await browser.tabs.create({ url: jobPageUrl(parsed.jobId) });
    await browser.notifications.clear(id);
  };
  const onButtonClicked = async (id: string, index: number) => {
    const parsed = parseId(id);
    if (!parsed) return;
    await markReminder(db, parsed.key, parsed.jobId, index === 0 ? 'snooze' : 'done');
    await browser.notifications.clear(id);
  };
  browser.notifications.onClicked.addListener((id) => void onClicked(id).catch(() => undefined));
  browser.notifications.onButtonClicked?.addListener(
    (id, index) => void onButtonClicked(id, index).catch(() => undefined),
  );
  // e2e only (development build): a test cannot click a system notification, so it calls what a click calls.
  if (import.meta.env.WXT_LOCAL_DEV === '1')
    Object.assign(globalThis, { jobrakerReminderTest: { click: onClicked, button: onButtonClicked } });
}
