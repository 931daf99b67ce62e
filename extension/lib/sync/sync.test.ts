import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobDraft } from '../../../shared/domain/index.ts';
import type { Change, PulledChange, PullResponse, PushResponse } from '../../../shared/sync/protocol.ts';
import type { SyncTransport } from '../../../shared/sync/transport.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { deleteJob } from '../services/job-delete.ts';
import { moveJob, saveDraft, updateJob } from '../services/jobs.ts';
import { installSync, setSyncEnabled } from './index.ts';
import { dexieReplica } from './store.ts';

const draft = (url: string): JobDraft => ({
  url,
  canonicalUrl: url,
  ats: null,
  fields: { title: 'Platform Engineer', company: 'Acme', locations: [{ raw: 'Remote (US)' }] },
  provenance: { title: { source: 'jsonld', confidence: 0.95 } },
  gaps: [],
  extractedAt: '2026-01-01T00:00:00.000Z',
});

/** Records calls; stores pushed rows and serves them back, like the function (minus SQL). */
class FakeTransport implements SyncTransport {
  calls: string[] = [];
  stored: Change[] = [];
  async push(changes: Change[]): Promise<PushResponse> {
    this.calls.push(`push:${changes.length}`);
    this.stored.push(...changes);
    return { applied: changes.map((c) => c.id), conflicts: [], rejected: [] };
  }
  async pull(since: string | null): Promise<PullResponse> {
    this.calls.push('pull');
    const from = Number(since ?? 0);
    const changes: PulledChange[] = this.stored.slice(from).map((c) => ({
      id: c.id,
      table: c.table as PulledChange['table'],
      op: c.op,
      row: c.row ?? { id: c.id },
      updated_at: c.updated_at,
    }));
    return { changes, cursor: String(this.stored.length), more: false };
  }
}

const dbs: JobrakerDatabase[] = [];
const open = () => {
  const db = new JobrakerDatabase(`sync-${Math.random()}`);
  dbs.push(db);
  return db;
};

async function setup(options: { token?: string | null; enabled?: boolean } = {}) {
  const db = open();
  const transport = new FakeTransport();
  let tokenAsked = 0;
  const runner = await installSync(db, {
    transport,
    getToken: async () => {
      tokenAsked++;
      return options.token === undefined ? 'token' : options.token;
    },
    debounceMs: 1,
    intervalMs: 60_000,
  });
  if (options.enabled ?? true) await setSyncEnabled(db, true);
  return { db, transport, runner, tokenAsked: () => tokenAsked };
}

let cleanup: (() => void)[] = [];
beforeEach(() => {
  cleanup = [];
});
afterEach(async () => {
  for (const stop of cleanup) stop(); // runners first, then their databases
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const db of dbs.splice(0)) await db.delete();
});

describe('outbox capture', () => {
  it('queues every write of the services in the same transaction, without changing them', async () => {
    const { db, runner } = await setup({ token: null }); // signed out: the queue stays for us to read
    cleanup.push(runner.stop);
    const { job } = await saveDraft(db, draft('https://acme.example/jobs/1'));
    await moveJob(db, job.id, 'applied');
    await updateJob(db, job.id, { notes: 'referral from Sam' });
    await deleteJob(db, job.id);
    const queued = (await db.outbox.orderBy('seq').toArray()).map((e) => `${e.table}:${e.op}`);
    expect(queued).toEqual([
      'jobs:upsert', // capture
      'stage_events:upsert',
      'jobs:upsert', // move
      'stage_events:upsert',
      'jobs:upsert', // notes
      'job_matches:delete', // its match goes with it (a no-op on the server when it never had one)
      'jobs:delete', // stage events of a deleted job are not deleted on the server
    ]);
    const notes = (await db.outbox.orderBy('seq').toArray())[4];
    expect(notes?.row).toMatchObject({ id: job.id, notes: 'referral from Sam' });
  });

  it('queues nothing while sync is off (no account): the outbox cannot grow', async () => {
    const { db, runner, transport, tokenAsked } = await setup({ enabled: false });
    cleanup.push(runner.stop);
    await saveDraft(db, draft('https://acme.example/jobs/2'));
    expect(await db.outbox.count()).toBe(0);
    expect(await runner.runNow()).toEqual({ state: 'off', reason: 'disabled' });
    expect(transport.calls).toEqual([]);
    expect(tokenAsked()).toBe(0);
  });

  it('turning sync on queues what was saved before', async () => {
    const { db, runner } = await setup({ enabled: false });
    cleanup.push(runner.stop);
    await saveDraft(db, draft('https://acme.example/jobs/3'));
    await setSyncEnabled(db, true);
    expect((await db.outbox.toArray()).map((e) => e.table).sort()).toEqual(['jobs', 'stage_events']);
  });

  it('applying pulled rows does not queue them back', async () => {
    const { db, runner } = await setup();
    cleanup.push(runner.stop);
    const at = new Date().toISOString();
    const row = {
      id: '01900000-0000-7000-8000-0000000000aa',
      title: 'Pulled',
      canonicalUrl: 'https://x.example/1',
      updatedAt: at,
    };
    await dexieReplica(db).applyRemote([{ table: 'jobs', id: row.id, decision: { kind: 'put', row } }], '7');
    expect(await db.jobs.get(row.id)).toMatchObject({ title: 'Pulled' });
    expect(await db.outbox.count()).toBe(0);
    expect(await dexieReplica(db).getCursor()).toBe('7');
  });
});

describe('sync runner', () => {
  it('never touches the network when signed out', async () => {
    const { db, runner, transport } = await setup({ token: null });
    cleanup.push(runner.stop);
    await saveDraft(db, draft('https://acme.example/jobs/4'));
    expect(await runner.runNow()).toEqual({ state: 'off', reason: 'signed_out' });
    expect(transport.calls).toEqual([]);
    expect(await db.outbox.count()).toBe(2); // kept for when the user signs in
  });

  it('pushes after a write (debounced), then pulls; a second device gets the job', async () => {
    const { db, runner, transport } = await setup();
    cleanup.push(runner.stop);
    const statuses: string[] = [];
    const { job } = await saveDraft(db, draft('https://acme.example/jobs/5'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the write scheduled a run
    const status = await runner.runNow();
    statuses.push(status.state);
    expect(transport.calls[0]).toBe('push:2');
    expect(transport.calls).toContain('pull');
    expect(await db.outbox.count()).toBe(0);

    const other = await setup();
    cleanup.push(other.runner.stop);
    other.transport.stored = transport.stored;
    await other.runner.runNow();
    expect(await other.db.jobs.get(job.id)).toMatchObject({ title: 'Platform Engineer' });
    expect(await other.db.stageEvents.where('jobId').equals(job.id).count()).toBe(1);
    expect(await other.db.outbox.count()).toBe(0);
  });

  it('starts over when another account signs in: cursor reset, local rows queued for the new account', async () => {
    const jwt = (sub: string) => `x.${Buffer.from(JSON.stringify({ sub })).toString('base64url')}.y`;
    let token = jwt('user_a');
    const db = open();
    const transport = new FakeTransport();
    const runner = await installSync(db, {
      transport,
      getToken: async () => token,
      intervalMs: 60_000,
    });
    cleanup.push(runner.stop);
    await setSyncEnabled(db, true);
    await saveDraft(db, draft('https://acme.example/jobs/6'));
    await runner.runNow();
    expect(await db.outbox.count()).toBe(0);
    expect(await dexieReplica(db).getCursor()).toBe('2');

    token = jwt('user_b');
    transport.stored = []; // B's account is empty
    transport.calls = [];
    await runner.runNow();
    expect(transport.calls[0]).toBe('push:2'); // the local job and its event, now for B
    expect(await dexieReplica(db).getCursor()).toBe('2');
    await runner.runNow();
    expect(transport.calls.filter((c) => c.startsWith('push'))).toHaveLength(1); // same account: no re-queue
  });

  it('runs when the browser comes back online', async () => {
    const db = open();
    const transport = new FakeTransport();
    const events = new EventTarget();
    const runner = await installSync(db, {
      transport,
      getToken: async () => 't',
      events,
      intervalMs: 60_000,
    });
    cleanup.push(runner.stop);
    await setSyncEnabled(db, true);
    events.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.calls).toContain('pull');
  });
});
