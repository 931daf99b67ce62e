// Entry point for the background service worker:
//
//   const database = db();
//   const sync = await installSync(database, { transport: settingsTransport(database), getToken });
//   // call before anything else queries `database`: the outbox capture joins its middleware stack on open
//
// (the transport calls the `sync` function through supabase-js functions.invoke). `getToken` is Clerk's `() => clerk.session?.getToken() ?? null` (background client from
// @clerk/chrome-extension/client). Sync does nothing (no network) unless `sync.enabled` is true AND a token
// exists. `setSyncEnabled(db, true)` turns it on and queues everything already saved.
import type { JobrakerDatabase } from '../db/database.ts';
import { queueSnapshot } from './account.ts';
import { outboxCapture } from './capture.ts';
import { enabledSetting, type SyncRunner, type SyncRunnerOptions, startSyncRunner } from './runner.ts';
import { SYNC_ENABLED_SETTING, SYNCED_LOCAL_TABLES } from './tables.ts';

export { outboxCapture } from './capture.ts';
export { type SyncRunner, type SyncStatus, startSyncRunner } from './runner.ts';
export { SYNC_ENABLED_SETTING } from './tables.ts';

const capturing = new WeakMap<JobrakerDatabase, { on: boolean }>();

export async function installSync(
  db: JobrakerDatabase,
  options: Omit<SyncRunnerOptions, 'db'>,
): Promise<SyncRunner> {
  const state = { on: true }; // until the setting is read: queueing an extra write is harmless, losing one is not
  capturing.set(db, state);
  let runner: SyncRunner | undefined;
  db.use(outboxCapture({ onQueued: () => runner?.schedule(), isCapturing: () => state.on }));
  state.on = await (options.isEnabled ?? enabledSetting(db))();
  runner = startSyncRunner({ events: globalThis, ...options, db });
  return runner;
}

/**
 * Turns sync on or off. Turning it on queues every synced row already saved (with its own edit time, so
 * newer edits from another device still win); turning it off stops queueing and keeps local data.
 */
export async function setSyncEnabled(db: JobrakerDatabase, enabled: boolean): Promise<void> {
  const state = capturing.get(db);
  if (!enabled) {
    if (state) state.on = false;
    await db.settings.put({ key: SYNC_ENABLED_SETTING, value: false });
    return;
  }
  await db.transaction('rw', [db.settings, db.outbox, ...SYNCED_LOCAL_TABLES], async () => {
    if ((await db.settings.get(SYNC_ENABLED_SETTING))?.value === true) return; // already on: nothing missed
    await queueSnapshot(db);
    await db.settings.put({ key: SYNC_ENABLED_SETTING, value: true });
  });
  if (state) state.on = true;
}
