// Backend abuse suite: bad Unicode, stage events that poison a batch, edit times from the far future, and ids
// of other accounts, against the real sync function and Postgres. Bad input gets a clear per-record answer and
// costs nothing else; the client's engine cleans what it can, so the user's record still syncs.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { syncTransport } from '../../shared/supabase/client.ts';
import { emptyReport, type OutboxEntry } from '../../shared/sync/engine.ts';
import { type Change, MAX_CLOCK_SKEW_MS, type PushResponse } from '../../shared/sync/protocol.ts';
import { arrayEngine } from './support/array-engine.ts';
import { call, job, later, push, tokenFor, upsert } from './support/sync-client.ts';

const functionsUrl = inject('functionsUrl');
const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());
const user = () => `user_abuse_integrity_${randomUUID().slice(0, 8)}`;

const stageEvent = (jobId: string, to: string, at: string, note?: string): Change => {
  const row = { id: randomUUID(), jobId, from: 'saved', to, at, cause: 'user', ...(note ? { note } : {}) };
  return { id: row.id, table: 'stage_events', op: 'upsert', row, updated_at: at };
};

describe('text Postgres cannot store', () => {
  it.each([
    ['a NUL in notes', { notes: 'before\u0000after' }, /^invalid_text: notes contains a NUL character/],
    [
      'a lone surrogate in the title',
      { title: 'Engineer \uD83D' },
      /^invalid_text: title contains a lone surrogate/,
    ],
    [
      'a NUL deep in provenance',
      { provenance: { title: { source: 'jsonld', confidence: 1, detail: 'x\u0000' } } },
      /^invalid_text: provenance\.title\.detail contains a NUL/,
    ],
  ])('rejects only the record with %s, saying where', async (_name, fields, reason) => {
    const sub = user();
    const bad = job(fields);
    const good = job();
    const { status, body } = await push(sub, [upsert(bad), upsert(good)]);
    expect(status).toBe(200);
    expect(body.applied).toEqual([good.id]);
    expect(body.rejected).toEqual([{ id: bad.id, table: 'jobs', reason: expect.stringMatching(reason) }]);
  });

  it('rejects JSON nested 20 000 levels deep per record, instead of overflowing the function', async () => {
    const sub = user();
    const [bad, good] = [job(), job()];
    // Written as text: Node's own JSON.stringify could not build it.
    const deep = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
    const body = JSON.stringify({ action: 'push', changes: [upsert(bad), upsert(good)] }).replace(
      '"provenance":{',
      `"provenance":{"crafted":${deep},`,
    );
    const response = await call<PushResponse>(sub, body);
    expect(response.status).toBe(200);
    expect(response.body.applied).toEqual([good.id]);
    expect(response.body.rejected).toEqual([
      {
        id: bad.id,
        table: 'jobs',
        reason: expect.stringMatching(/^invalid_text: provenance\.crafted\..* nested deeper/),
      },
    ]);
  });

  it('a client engine sends the record cleaned: it syncs and leaves the outbox, nothing is rejected', async () => {
    const sub = user();
    const row = job({ notes: 'call\u0000 back', title: 'Data \uDE00Engineer' });
    const outbox: OutboxEntry[] = [{ ...upsert(row), seq: 1 }];
    const engine = arrayEngine(
      syncTransport({ url: functionsUrl.replace(/\/functions\/v1$/, ''), getToken: () => tokenFor(sub) }),
      outbox,
    );
    const report = emptyReport();
    await engine.pushAll(report);
    expect(report).toMatchObject({ pushed: 1, rejected: [] });
    expect(outbox).toEqual([]);
    const { rows } = await admin.query('select title, notes from jobs where id = $1', [row.id]);
    expect(rows).toEqual([{ title: 'Data \uFFFDEngineer', notes: 'call back' }]);
  });
});

describe('stage events', () => {
  it('a bad note rejects that event alone: every job in the batch and the good event are stored', async () => {
    const sub = user();
    const jobs = [job(), job(), job()];
    await push(sub, jobs.map(upsert));
    const at = later(jobs[0]!.updatedAt);
    const moved = jobs.map((j) => ({ ...j, stage: 'applied', updatedAt: at, stageChangedAt: at }));
    const nulNote = stageEvent(jobs[0]!.id, 'applied', at, 'sent via \u0000 portal');
    const longNote = stageEvent(jobs[1]!.id, 'applied', at, 'n'.repeat(FIELD_LIMITS.stageNote + 1));
    const goodEvent = stageEvent(jobs[2]!.id, 'applied', at, 'referred by Sam');
    const { body } = await push(sub, [nulNote, longNote, goodEvent, ...moved.map(upsert)]);
    expect(body.applied.sort()).toEqual([...jobs.map((j) => j.id), goodEvent.id].sort());
    expect(Object.fromEntries(body.rejected.map((r) => [r.id, r.reason]))).toEqual({
      [nulNote.id]: expect.stringMatching(/^invalid_text: note contains a NUL/),
      [longNote.id]: expect.stringMatching(/^invalid stage event: note: Too long/),
    });
    const { rows } = await admin.query(
      `select j.stage::text, e.note from jobs j
         left join job_stage_events e on e.job_id = j.id and e.to_stage = 'applied'
        where j.id = any($1::uuid[])`,
      [jobs.map((j) => j.id)],
    );
    expect(rows.map((r) => r.stage)).toEqual(['applied', 'applied', 'applied']);
    // The jobs' moves are still in their history (recorded by the trigger, without the refused notes).
    expect(rows.map((r) => r.note ?? null).sort()).toEqual(['referred by Sam', null, null].sort());
  });
});

describe('edit times from the future', () => {
  it('stores 9999-12-31 as the server time, so later edits still win instead of conflicting forever', async () => {
    const sub = user();
    const frozen = job({ notes: 'from a broken clock', updatedAt: '9999-12-31T23:59:59.000Z' });
    const first = await push(sub, [upsert(frozen)]);
    expect(first.body.applied).toEqual([frozen.id]);
    const { rows } = await admin.query('select updated_at from jobs where id = $1', [frozen.id]);
    expect(rows[0].updated_at.getTime()).toBeLessThanOrEqual(Date.now() + MAX_CLOCK_SKEW_MS);

    const edit = { ...frozen, notes: 'fixed', updatedAt: later(new Date().toISOString(), 1000) };
    const second = await push(sub, [upsert(edit)]);
    expect(second.body).toEqual({ applied: [frozen.id], conflicts: [], rejected: [] });
    const { rows: after } = await admin.query('select notes from jobs where id = $1', [frozen.id]);
    expect(after[0].notes).toBe('fixed');
  });

  it('keeps a small clock skew as sent (a device a minute ahead is not rewritten)', async () => {
    const sub = user();
    const ahead = new Date(Date.now() + 60_000).toISOString();
    const row = job({ updatedAt: ahead });
    await push(sub, [upsert(row)]);
    const { rows } = await admin.query('select updated_at from jobs where id = $1', [row.id]);
    expect(rows[0].updated_at.toISOString()).toBe(ahead);
  });
});
