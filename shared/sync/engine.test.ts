import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';
import { type EngineOptions, emptyReport, type LocalWrite, type OutboxEntry, SyncEngine } from './engine.ts';
import { keepRelatedTogether } from './outbox-batch.ts';
import type { Change, PulledChange, PullResponse, PushResponse, SyncTable } from './protocol.ts';
import { SyncError, type SyncTransport } from './transport.ts';

/** An in-memory server with the function's semantics: LWW by updated_at, equal = already applied. */
class FakeServer implements SyncTransport {
  rows = new Map<string, { change: Change; seq: number; writes: number }>();
  seq = 0;
  pushCalls = 0;
  /** Called before/after applying a push; throw to simulate a drop on the way in or out. */
  beforePush: (call: number) => void = () => undefined;
  afterPush: (call: number) => void = () => undefined;

  async push(changes: Change[]): Promise<PushResponse> {
    const call = ++this.pushCalls;
    this.beforePush(call);
    const result: PushResponse = { applied: [], conflicts: [], rejected: [] };
    for (const change of changes) {
      const current = this.rows.get(change.id);
      const incoming = Date.parse(change.updated_at);
      if (current && Date.parse(current.change.updated_at) > incoming) {
        result.conflicts.push({
          id: change.id,
          table: 'jobs',
          server_row: current.change.row ?? null,
          server_updated_at: current.change.updated_at,
          deleted: current.change.op === 'delete',
        });
        continue;
      }
      if (!current || Date.parse(current.change.updated_at) < incoming) {
        this.rows.set(change.id, { change, seq: ++this.seq, writes: (current?.writes ?? 0) + 1 });
      }
      result.applied.push(change.id);
    }
    this.afterPush(call);
    return result;
  }

  async pull(since: string | null, limit: number): Promise<PullResponse> {
    const after = Number(since ?? 0);
    const all = [...this.rows.values()].filter((r) => r.seq > after).sort((a, b) => a.seq - b.seq);
    const page = all.slice(0, limit);
    const changes: PulledChange[] = page.map(({ change }) => ({
      id: change.id,
      table: 'jobs',
      op: change.op,
      row: change.row ?? { id: change.id },
      updated_at: change.updated_at,
    }));
    return { changes, cursor: String(page.at(-1)?.seq ?? after), more: all.length > limit };
  }
}

/** One device's local state: rows, outbox and cursor. */
class FakeDevice {
  rows = new Map<string, Record<string, unknown>>();
  outbox: OutboxEntry[] = [];
  cursor: string | null = null;
  private nextSeq = 1;

  write(id: string, fields: Record<string, unknown>, at: string) {
    const row = { id, ...fields, updatedAt: at };
    this.rows.set(id, row);
    this.outbox.push({ seq: this.nextSeq++, id, table: 'jobs', op: 'upsert', row, updated_at: at });
  }

  engine(transport: SyncTransport, sleeps: number[] = []) {
    return new SyncEngine(this.engineOptions(transport, sleeps));
  }

  engineOptions(transport: SyncTransport, sleeps: number[] = []): EngineOptions {
    return {
      transport,
      batchSize: 200,
      pullLimit: 100,
      maxAttempts: 5,
      sleep: async (ms) => void sleeps.push(ms),
      backoff: { baseMs: 100, random: () => 0.5 },
      outbox: {
        peek: async (limit) => this.outbox.slice(0, limit),
        remove: async (seqs) => {
          this.outbox = this.outbox.filter((e) => !seqs.includes(e.seq));
        },
        pendingKeys: async () => new Set(this.outbox.map((e) => `${e.table}:${e.id}`)),
      },
      replica: {
        localVersions: async (keys) =>
          new Map(
            keys.flatMap(({ table, id }) => {
              const row = this.rows.get(id);
              return row ? [[`${table}:${id}`, String(row.updatedAt)] as [string, string]] : [];
            }),
          ),
        applyRemote: async (writes: LocalWrite[], cursor) => {
          for (const w of writes) {
            if (w.decision.kind === 'put') this.rows.set(w.id, w.decision.row);
            else this.rows.delete(w.id);
          }
          this.cursor = cursor;
        },
        getCursor: async () => this.cursor,
      },
    };
  }
}

const t = (seconds: number) => new Date(Date.UTC(2026, 10, 21, 12, 0, seconds)).toISOString();
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('SyncEngine', () => {
  it('pushes the outbox in batches of 200 and empties it', async () => {
    const server = new FakeServer();
    const device = new FakeDevice();
    for (let i = 0; i < 450; i++) device.write(id(i), { title: `Job ${i}` }, t(1));
    const report = await device.engine(server).syncOnce();
    expect(server.pushCalls).toBe(3);
    expect(report.pushed).toBe(450);
    expect(device.outbox).toEqual([]);
    expect(server.rows.size).toBe(450);
  });

  it('sends text Postgres cannot store (NUL, lone surrogates) cleaned, so the record syncs instead of being rejected', async () => {
    const server = new FakeServer();
    const device = new FakeDevice();
    device.write(id(1), { title: 'Data\u0000 Engineer', notes: 'half an emoji \uD83D here' }, t(1));
    const report = await device.engine(server).syncOnce();
    expect(report.rejected).toEqual([]);
    expect(device.outbox).toEqual([]);
    expect(server.rows.get(id(1))?.change.row).toMatchObject({
      title: 'Data Engineer',
      notes: 'half an emoji \uFFFD here',
    });
  });

  it('survives a network drop mid-batch: retries with backoff, every item stored exactly once', async () => {
    const server = new FakeServer();
    const device = new FakeDevice();
    for (let i = 0; i < 1000; i++) device.write(id(i), { title: `Job ${i}` }, t(1));
    // Call 2 reaches the server and is applied, but the answer is lost; call 3 never arrives.
    server.afterPush = (call) => {
      if (call === 2) throw new SyncError('Network error: socket hang up', true);
    };
    server.beforePush = (call) => {
      if (call === 3) throw new SyncError('Network error: ECONNREFUSED', true);
    };
    const sleeps: number[] = [];
    const report = await device.engine(server, sleeps).syncOnce();
    expect(device.outbox).toEqual([]);
    expect(server.rows.size).toBe(1000);
    expect([...server.rows.values()].every((r) => r.writes === 1)).toBe(true);
    expect(report.retries).toBe(2);
    expect(sleeps).toEqual([75, 150]); // exponential: base 100, then 200, with jitter at 0.5 → 3/4 of each
  });

  it('keeps the outbox when the backend stays down, and finishes on the next run', async () => {
    const server = new FakeServer();
    const device = new FakeDevice();
    for (let i = 0; i < 300; i++) device.write(id(i), { title: `Job ${i}` }, t(1));
    let down = true;
    server.beforePush = (call) => {
      if (call > 1 && down) throw new SyncError('Sync 503: database_unavailable', true, 503);
    };
    await expect(device.engine(server).syncOnce()).rejects.toThrow('503');
    expect(device.outbox).toHaveLength(100); // the first batch is acknowledged, the second is not
    down = false;
    await device.engine(server).syncOnce();
    expect(device.outbox).toEqual([]);
    expect(server.rows.size).toBe(300);
  });

  it('does not retry a request the server refuses for good', async () => {
    const device = new FakeDevice();
    device.write(id(1), { title: 'x' }, t(1));
    let calls = 0;
    const transport: SyncTransport = {
      push: async () => {
        calls++;
        throw new SyncError('Sync 401: wrong_issuer', false, 401, 'wrong_issuer');
      },
      pull: async () => ({ changes: [], cursor: null, more: false }),
    };
    await expect(device.engine(transport).syncOnce()).rejects.toThrow('wrong_issuer');
    expect(calls).toBe(1);
    expect(device.outbox).toHaveLength(1);
  });

  it('converges two devices: pull applies newer rows, conflicts take the server version', async () => {
    const server = new FakeServer();
    const laptop = new FakeDevice();
    const phone = new FakeDevice();
    laptop.write(id(1), { title: 'A', notes: 'laptop' }, t(10));
    await laptop.engine(server).syncOnce();
    phone.write(id(1), { title: 'A', notes: 'phone (older edit)' }, t(5));
    phone.write(id(2), { title: 'B' }, t(6));
    const report = await phone.engine(server).syncOnce();
    expect(report.conflicts).toBe(1);
    expect(phone.rows.get(id(1))).toMatchObject({ notes: 'laptop' });
    await laptop.engine(server).syncOnce();
    expect(laptop.rows.get(id(2))).toMatchObject({ title: 'B' });
    expect([...laptop.rows.values()]).toEqual([...phone.rows.values()]);
  });

  it('pages pulls with the cursor and leaves records with unpushed local edits alone', async () => {
    const server = new FakeServer();
    const other = new FakeDevice();
    for (let i = 0; i < 250; i++) other.write(id(i), { title: `Job ${i}` }, t(1));
    other.write(id(7), { title: 'renamed' }, t(2));
    await other.engine(server).syncOnce();
    const device = new FakeDevice();
    const pulled = await device.engine(server).syncOnce();
    expect(pulled.pulled).toBe(250);
    expect(device.rows.size).toBe(250);
    expect(device.cursor).toBe('251'); // 251 writes: job 7 was written twice
    // A pending local edit is not overwritten by a pull; the push that follows settles it.
    device.outbox.push({
      seq: 99,
      id: id(3),
      table: 'jobs',
      op: 'upsert',
      row: { id: id(3), title: 'mine' },
      updated_at: t(30),
    });
    device.rows.set(id(3), { id: id(3), title: 'mine', updatedAt: t(30) });
    await device
      .engine({
        push: async () => ({ applied: [], conflicts: [], rejected: [] }),
        pull: server.pull.bind(server),
      })
      .pullAll(emptyReport());
    expect(device.rows.get(id(3))).toMatchObject({ title: 'mine' });
  });
});

describe('batching', () => {
  it('extends a batch so a job and its stage events stay together', () => {
    const entry = (seq: number, table: SyncTable, rowId: string, jobId?: string): OutboxEntry => ({
      seq,
      id: rowId,
      table,
      op: 'upsert',
      row: jobId ? { jobId } : { id: rowId },
      updated_at: t(1),
    });
    const entries = [
      entry(1, 'jobs', id(1)),
      entry(2, 'jobs', id(2)),
      entry(3, 'stage_events', id(9), id(2)),
      entry(4, 'jobs', id(3)),
    ];
    expect(keepRelatedTogether(entries, 2).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('keeps each push under the byte budget (always at least one entry), so no batch meets the 413', async () => {
    const server = new FakeServer();
    const device = new FakeDevice();
    const sizes: number[] = [];
    const push = server.push.bind(server);
    server.push = async (changes) => {
      sizes.push(new TextEncoder().encode(JSON.stringify(changes)).length);
      return push(changes);
    };
    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 10; i++) device.write(id(i), { descriptionHtml: big }, t(1));
    device.write(id(99), { descriptionHtml: 'y'.repeat(1_500_000) }, t(1)); // alone above the budget
    const report = await new SyncEngine({
      ...device.engineOptions(server),
      batchBytes: 1_000_000,
    }).syncOnce();
    expect(report.pushed).toBe(11);
    expect(device.outbox).toEqual([]);
    expect(sizes).toHaveLength(5); // 3 + 3 + 3 + 1 of 300 kB, then the 1.5 MB one alone
    expect(sizes.slice(0, -1).every((size) => size <= 1_000_000)).toBe(true);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(1, { baseMs: 500, random: () => 0 })).toBe(250);
    expect(backoffDelay(3, { baseMs: 500, random: () => 1 })).toBe(2000);
    expect(backoffDelay(30, { baseMs: 500, maxMs: 60_000, random: () => 1 })).toBe(60_000);
  });
});
