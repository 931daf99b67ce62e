import { afterEach, describe, expect, it } from 'vitest';
import type { PulledChange } from '../../../shared/sync/protocol.ts';
import type { RestoreState } from '../../../shared/sync/restore-status.ts';
import { SyncError, type SyncTransport } from '../../../shared/sync/transport.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { installSync, type SyncRunner, setSyncEnabled } from './index.ts';
import { readRestore } from './restore-run.ts';

const at = '2026-01-01T00:00:00.000Z';
const account: PulledChange[] = [
  ...Array.from({ length: 7 }, (_, i) => ({
    id: `job-${i}`,
    table: 'jobs' as const,
    op: 'upsert' as const,
    row: { id: `job-${i}`, canonicalUrl: `https://acme.example/jobs/${i}`, updatedAt: at },
    updated_at: at,
  })),
  {
    id: 'answer-1',
    table: 'saved_answers',
    op: 'upsert',
    row: { id: 'answer-1', updatedAt: at },
    updated_at: at,
  },
];

/** Serves the account in pages of `limit`; `failAt` makes the pull from that cursor fail (a dropped network). */
function server(states: (RestoreState | undefined)[], db: () => JobrakerDatabase, failAt = { cursor: -1 }) {
  const transport: SyncTransport = {
    push: async () => ({ applied: [], conflicts: [], rejected: [] }),
    pull: async (since, limit) => {
      states.push(await readRestore(db())); // what the Account tab shows while the next page is on its way
      const from = Number(since ?? 0);
      if (from === failAt.cursor) throw new SyncError('Network is down.', false);
      const changes = account.slice(from, from + Math.min(limit, 3));
      return { changes, cursor: String(from + changes.length), more: from + changes.length < account.length };
    },
  };
  return transport;
}

const opened: { db: JobrakerDatabase; runner: SyncRunner }[] = [];
afterEach(async () => {
  for (const { db, runner } of opened.splice(0)) {
    runner.stop();
    await db.delete();
  }
});

async function device(transport: (db: () => JobrakerDatabase) => SyncTransport) {
  const db = new JobrakerDatabase(`restore-${Math.random()}`);
  const runner = await installSync(db, {
    transport: transport(() => db),
    getToken: async () => 'token',
    debounceMs: 60_000,
    intervalMs: 60_000,
  });
  opened.push({ db, runner });
  await setSyncEnabled(db, true);
  return { db, runner };
}

describe('first sign-in restore progress', () => {
  it('keeps per-table counts after every page, then done with the totals; later syncs are plain', async () => {
    const states: (RestoreState | undefined)[] = [];
    const { db, runner } = await device((db) => server(states, db));
    expect((await runner.runNow()).state).toBe('ok');
    expect(states.map((s) => [s?.state, s?.counts])).toEqual([
      ['running', {}],
      ['running', { jobs: 3 }],
      ['running', { jobs: 6 }],
    ]);
    expect(await readRestore(db)).toMatchObject({ state: 'done', counts: { jobs: 7, saved_answers: 1 } });
    expect(await db.jobs.count()).toBe(7);
    const done = await readRestore(db);
    await runner.runNow();
    expect(await readRestore(db)).toEqual(done); // not a restore any more
  });

  it('an interrupted restore shows the error with the counts so far, and the next sync continues the counts', async () => {
    const states: (RestoreState | undefined)[] = [];
    const failAt = { cursor: 6 };
    const { db, runner } = await device((db) => server(states, db, failAt));
    const failed = await runner.runNow();
    expect(failed.state).toBe('error');
    expect(await readRestore(db)).toMatchObject({
      state: 'error',
      counts: { jobs: 6 },
      message: 'Network is down.',
    });
    failAt.cursor = -1;
    expect((await runner.runNow()).state).toBe('ok');
    expect(await readRestore(db)).toMatchObject({ state: 'done', counts: { jobs: 7, saved_answers: 1 } });
  });
});
