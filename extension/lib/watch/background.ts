import { browser } from 'wxt/browser';
import { onRepeatingAlarm } from '../background/repeating-alarm.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import type { SaveResult } from '../services/jobs.ts';
import { saveWatchedPosting } from './alerts.ts';
import { checkDueAlerts, type WatchDeps } from './check.ts';

/** The notification's icon (48×48 PNG, a white eye on teal; generated, not drawn by hand): Chrome requires one. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAo0lEQVR42u3YyQ2AMAxE0XRApxxpHzogiT1S7NEfiSv4EWXzGKRIrud+Oz0AAAAAAKAmYJaygN2UAWRzFKDKEUCkICUiBcgWoUCEASsfXi0wg5ABInNi9X1ywF8x0YkbHQUJILsaZUZhG6D8+4pRSAPUGxkAAAAAmC+j7Tcyi6NE+8OcxXG6/YXG4kppcam3aKtYNLZsWot0pwEAAACgN4AcygflP8MHh+X0LAAAAABJRU5ErkJggg==';

/** One alarm for every alert: each run asks only the boards that are due (isDue), so hourly is polite. */
export const WATCH_ALARM = 'company-watch';
const EVERY_MINUTES = 60;

/**
 * The company watch's wiring to the browser: the alarm that runs due checks, the notifications, and a
 * click on one (the user's gesture) saving that posting. `rescore` is the save's follow-up (match).
 */
export function registerWatch(
  db: JobrakerDatabase,
  rescore: (result: SaveResult) => Promise<unknown>,
  clock: { now?: () => Date } = {},
): { runNow: () => Promise<void> } {
  const deps: WatchDeps = {
    ...clock,
    // Looked up at call time: the global fetch of this worker.
    fetch: (url, init) => fetch(url, init),
    notify: async (n) => {
      await browser.notifications.create(n.id, {
        type: 'basic',
        iconUrl: ICON,
        title: n.title,
        message: n.message,
        ...(n.id.startsWith('watch|') ? { requireInteraction: true } : {}),
      });
    },
  };
  // Runs never overlap (an alarm during a run waits for it).
  let running: Promise<void> = Promise.resolve();
  const runNow = () => {
    running = running.then(() => checkDueAlerts(db, deps).then(() => undefined)).catch(() => undefined);
    return running;
  };
  onRepeatingAlarm(WATCH_ALARM, EVERY_MINUTES, () => void runNow());

  const onClicked = async (id: string) => {
    if (id.startsWith('watch|')) {
      const result = await saveWatchedPosting(db, id.slice('watch|'.length));
      await rescore(result);
      await browser.tabs.create({ url: result.job.url });
    } else if (id.startsWith('watch-alert|')) {
      await browser.runtime.openOptionsPage();
    } else return; // another feature's notification (a reminder): its own listener handles it
    await browser.notifications.clear(id);
  };
  browser.notifications.onClicked.addListener((id) => void onClicked(id).catch(() => undefined));
  // e2e only (development build): a test cannot click a system notification, so it calls what a click calls.
  if (import.meta.env.WXT_LOCAL_DEV === '1')
    Object.assign(globalThis, { jobrakerWatchTest: { clickNotification: onClicked, runNow } });
  return { runNow };
}
