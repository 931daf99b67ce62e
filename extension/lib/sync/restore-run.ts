// First sign-in restore in the background: while this device has no pull cursor for the account (or an
// earlier restore did not finish), a sync pulls through shared/sync/restore.ts and keeps per-table counts in
// syncState after every page, so the Account tab and popup show a live progress bar (they read it by live query).
import { emptyReport, type SyncEngine, type SyncReport } from '../../../shared/sync/engine.ts';
import { recordsStep, runRestore, type TableCounter, tableCounter } from '../../../shared/sync/restore.ts';
import { addCounts, type RestoreState } from '../../../shared/sync/restore-status.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { CURSOR_KEY } from './tables.ts';

export const RESTORE_KEY = 'restore';

/** Where the engine's `onPulled` counts (set only while a restore runs). */
export interface PullCounter {
  current?: TableCounter;
  /** Resolves once the progress of the pages counted so far is saved (the engine awaits it between pages). */
  saved?: () => Promise<unknown>;
}

export async function readRestore(db: JobrakerDatabase): Promise<RestoreState | undefined> {
  return (await db.syncState.get(RESTORE_KEY))?.value as RestoreState | undefined;
}

/** One sync run: a restore (push, then pull with progress) when one is due, else the engine's plain run. */
export async function syncOrRestore(
  db: JobrakerDatabase,
  engine: SyncEngine,
  pulls: PullCounter,
): Promise<SyncReport> {
  const earlier = await readRestore(db);
  const unfinished = earlier && earlier.state !== 'done' ? earlier : undefined;
  const cursor = (await db.syncState.get(CURSOR_KEY))?.value ?? null;
  if (cursor !== null && !unfinished) return engine.syncOnce();

  const startedAt = unfinished?.startedAt ?? new Date().toISOString();
  const before = unfinished?.counts ?? {};
  const save = (value: RestoreState) => db.syncState.put({ key: RESTORE_KEY, value });
  const counter = tableCounter();
  const report = emptyReport();
  let progressWrites: Promise<unknown> = save({ state: 'running', counts: before, startedAt });
  pulls.current = counter;
  pulls.saved = () => progressWrites;
  try {
    await engine.pushAll(report);
    await runRestore([recordsStep(engine, counter)], (progress) => {
      const counts = addCounts(before, progress.counts);
      progressWrites = progressWrites.then(() => save({ state: 'running', counts, startedAt }));
    });
    report.pulled = counter.total();
    await progressWrites;
    await save({
      state: 'done',
      counts: addCounts(before, counter.counts),
      startedAt,
      at: new Date().toISOString(),
    });
    return report;
  } catch (error) {
    await progressWrites.catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    const counts = addCounts(before, counter.counts);
    await save({ state: 'error', counts, startedAt, at: new Date().toISOString(), message });
    throw error;
  } finally {
    pulls.current = undefined;
    pulls.saved = undefined;
  }
}
