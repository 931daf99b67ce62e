// Runs sync in the background service worker: after local writes (debounced), on a timer and when the
// browser comes back online, with backoff after failures. Does nothing at all (no network) unless the user
// turned sync on AND the token getter returns a token (signed in).
import { backoffDelay } from '../../../shared/sync/backoff.ts';
import { SyncEngine, type SyncReport } from '../../../shared/sync/engine.ts';
import type { SyncTransport } from '../../../shared/sync/transport.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { adoptAccount, subjectOf } from './account.ts';
import { type PullCounter, syncOrRestore } from './restore-run.ts';
import { dexieOutbox, dexieReplica } from './store.ts';
import { LAST_RESULT_KEY, SYNC_ENABLED_SETTING } from './tables.ts';

export type SyncStatus =
  | { state: 'off'; reason: 'disabled' | 'signed_out' }
  | { state: 'syncing' }
  | { state: 'ok'; at: string; report: SyncReport }
  | { state: 'error'; at: string; message: string; retryInMs: number | null };

export interface SyncRunnerOptions {
  db: JobrakerDatabase;
  /** Clerk `session.getToken()`; null when signed out. */
  getToken: () => Promise<string | null>;
  /** Default: the `sync.enabled` setting is `true`. */
  isEnabled?: () => Promise<boolean>;
  /** supabase-js functions.invoke (extension/lib/auth/transport.ts); tests pass fakes. */
  transport: SyncTransport;
  intervalMs?: number;
  debounceMs?: number;
  /** Where 'online' fires (the service worker's global). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  onStatus?: (status: SyncStatus) => void;
}

export interface SyncRunner {
  /** Ask for a run soon (debounced); e.g. after a local write. */
  schedule(): void;
  /** Run now; resolves with the status after the run. */
  runNow(): Promise<SyncStatus>;
  stop(): void;
}

export function enabledSetting(db: JobrakerDatabase): () => Promise<boolean> {
  return async () => (await db.settings.get(SYNC_ENABLED_SETTING))?.value === true;
}

export function startSyncRunner(options: SyncRunnerOptions): SyncRunner {
  const { db } = options;
  const isEnabled = options.isEnabled ?? enabledSetting(db);
  const transport = options.transport;
  const pulls: PullCounter = {};
  const engine = new SyncEngine({
    transport,
    outbox: dexieOutbox(db),
    replica: dexieReplica(db),
    maxAttempts: 3,
    onPulled: async (page) => {
      pulls.current?.count(page);
      await pulls.saved?.();
    },
  });
  const debounceMs = options.debounceMs ?? 2_000;
  let failures = 0;
  let stopped = false;
  let running: Promise<SyncStatus> | undefined;
  let again = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const report = (status: SyncStatus) => {
    options.onStatus?.(status);
    return status;
  };

  async function runOnce(): Promise<SyncStatus> {
    if (!(await isEnabled())) return report({ state: 'off', reason: 'disabled' });
    const token = await options.getToken();
    if (!token) return report({ state: 'off', reason: 'signed_out' });
    const sub = subjectOf(token);
    if (sub) await adoptAccount(db, sub);
    report({ state: 'syncing' });
    const at = new Date().toISOString();
    try {
      const result = await syncOrRestore(db, engine, pulls);
      failures = 0;
      await db.syncState.put({ key: LAST_RESULT_KEY, value: { at, ok: true, report: result } });
      return report({ state: 'ok', at, report: result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryable = (error as { retryable?: boolean }).retryable !== false;
      failures++;
      // A 429's Retry-After is a floor: never come back sooner than the server asked.
      const asked = (error as { retryAfterMs?: number }).retryAfterMs ?? 0;
      const retryInMs = retryable
        ? Math.max(asked, backoffDelay(failures, { baseMs: 5_000, maxMs: 15 * 60_000 }))
        : null;
      if (retryInMs !== null && !stopped) retry = setTimeout(() => void runNow(), retryInMs);
      await db.syncState.put({ key: LAST_RESULT_KEY, value: { at, ok: false, message } });
      return report({ state: 'error', at, message, retryInMs });
    }
  }

  function runNow(): Promise<SyncStatus> {
    if (stopped) return Promise.resolve({ state: 'off', reason: 'disabled' });
    if (running) {
      again = true; // a write landed mid-run: go once more afterwards
      return running;
    }
    clearTimeout(retry);
    running = runOnce().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void runNow(), debounceMs);
  }

  const onOnline = () => void runNow();
  // The service worker's global is an EventTarget; Node's (tests) is not.
  const events = typeof options.events?.addEventListener === 'function' ? options.events : undefined;
  events?.addEventListener('online', onOnline);
  const timer = setInterval(() => void runNow(), options.intervalMs ?? 5 * 60_000);
  return {
    schedule,
    runNow,
    stop() {
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(retry);
      clearInterval(timer);
      events?.removeEventListener('online', onOnline);
    },
  };
}
