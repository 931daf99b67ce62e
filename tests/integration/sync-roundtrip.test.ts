// The sync function against the real Postgres under RLS: two devices of one user converge, another user
// can neither read nor overwrite, newer server rows come back as conflicts, and re-sending changes nothing.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { call, job, later, pullAll, push, upsert } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

const userA = `user_sync_a_${randomUUID().slice(0, 8)}`;
const userB = `user_sync_b_${randomUUID().slice(0, 8)}`;

describe('sync push and pull', () => {
  it('carries jobs, edits, stage history and deletes from one device to another', async () => {
    const first = job({ aliases: ['https://www.linkedin.com/jobs/view/1'] });
    const capture = {
      id: randomUUID(),
      jobId: first.id,
      from: null,
      to: 'saved',
      at: first.createdAt,
      cause: 'capture',
    };
    const pushed = await push(userA, [
      upsert(first),
      { id: capture.id, table: 'stage_events', op: 'upsert', row: capture, updated_at: capture.at },
    ]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.applied.sort()).toEqual([first.id, capture.id].sort());

    // Device 2 starts from nothing and gets the job in client shape, with the client's event id.
    const device2 = await pullAll(userA);
    const pulledJob = device2.changes.find((c) => c.id === first.id);
    expect(pulledJob?.op).toBe('upsert');
    expect(pulledJob?.row).toMatchObject({
      title: 'Backend Engineer',
      canonicalUrl: first.canonicalUrl,
      aliases: ['https://www.linkedin.com/jobs/view/1'],
      salary: { min: 150000, max: 180000, currency: 'USD', period: 'YEAR', text: '$150k-$180k' },
      ats: { ats: 'greenhouse', board: 'acme' },
      deadline: '2026-12-31',
      updatedAt: first.updatedAt,
    });
    expect(device2.changes.find((c) => c.id === capture.id)?.row).toMatchObject({
      jobId: first.id,
      to: 'saved',
    });

    // Device 2 moves it to applied; device 1 pulls from its cursor and sees only that.
    const moved = {
      ...first,
      aliases: ['https://www.indeed.com/viewjob?jk=2'], // one alias replaced by another
      stage: 'applied',
      updatedAt: later(first.updatedAt),
      stageChangedAt: later(first.updatedAt),
    };
    const move = {
      id: randomUUID(),
      jobId: first.id,
      from: 'saved',
      to: 'applied',
      at: moved.stageChangedAt,
      cause: 'user',
    };
    const cursorBefore = device2.cursor;
    await push(userA, [
      { id: move.id, table: 'stage_events', op: 'upsert', row: move, updated_at: move.at },
      upsert(moved),
    ]);
    const device1 = await pullAll(userA, cursorBefore);
    expect(device1.changes.map((c) => [c.table, c.id]).sort()).toEqual(
      [
        ['jobs', first.id],
        ['stage_events', move.id],
      ].sort(),
    );
    expect(device1.changes.find((c) => c.id === first.id)?.row).toMatchObject({
      stage: 'applied',
      aliases: ['https://www.indeed.com/viewjob?jk=2'],
    });

    // A delete travels as a tombstone.
    const deletedAt = later(moved.updatedAt);
    await push(userA, [{ id: first.id, table: 'jobs', op: 'delete', updated_at: deletedAt }]);
    const afterDelete = await pullAll(userA, device1.cursor);
    expect(afterDelete.changes).toHaveLength(1);
    expect(afterDelete.changes[0]).toMatchObject({ id: first.id, op: 'delete', updated_at: deletedAt });
    const { rows } = await admin.query('select deleted_at from jobs where id = $1', [first.id]);
    expect(rows[0].deleted_at).not.toBeNull();
  });

  it('keeps users apart: B cannot see A’s rows or overwrite them by id', async () => {
    const mine = job();
    await push(userA, [upsert(mine)]);
    const seenByB = await pullAll(userB);
    expect(seenByB.changes).toEqual([]); // none of A's jobs or stage history

    const hijack = { ...mine, title: 'Hijacked', updatedAt: later(mine.updatedAt, 60_000) };
    const attempt = await push(userB, [upsert(hijack)]);
    expect(attempt.status).toBe(200);
    // The answer says the id cannot be used, not that it exists or whose it is.
    expect(attempt.body.rejected).toEqual([
      { id: mine.id, table: 'jobs', reason: expect.stringMatching(/^id_conflict: /) },
    ]);
    expect(attempt.body.rejected[0]?.reason).not.toMatch(/account|belongs|exists|another user/i);
    // A delete of a row B cannot see is a no-op for B, not a tombstone on A's row.
    await push(userB, [{ id: mine.id, table: 'jobs', op: 'delete', updated_at: later(hijack.updatedAt) }]);
    const { rows } = await admin.query('select title, user_id, deleted_at from jobs where id = $1', [
      mine.id,
    ]);
    expect(rows[0]).toMatchObject({ title: 'Backend Engineer', user_id: userA, deleted_at: null });
  });

  it('reports a conflict with the server row when the server has a newer edit', async () => {
    const base = job();
    await push(userA, [upsert(base)]);
    const newer = { ...base, notes: 'from laptop', updatedAt: later(base.updatedAt, 5000) };
    await push(userA, [upsert(newer)]);
    const stale = { ...base, notes: 'from phone', updatedAt: later(base.updatedAt, 2000) };
    const { body } = await push(userA, [upsert(stale)]);
    expect(body.applied).toEqual([]);
    expect(body.conflicts).toHaveLength(1);
    expect(body.conflicts[0]).toMatchObject({
      id: base.id,
      table: 'jobs',
      deleted: false,
      server_updated_at: newer.updatedAt,
      server_row: { notes: 'from laptop' },
    });
    const { rows } = await admin.query('select notes from jobs where id = $1', [base.id]);
    expect(rows[0].notes).toBe('from laptop');
  });

  it('is idempotent: re-sending a batch changes nothing and pulls nothing new', async () => {
    const batch = [job(), job(), job()].map(upsert);
    const first = await push(userA, batch);
    expect(first.body.applied).toHaveLength(3);
    const { cursor } = await pullAll(userA);
    const again = await push(userA, batch);
    expect(again.body).toEqual({ applied: first.body.applied, conflicts: [], rejected: [] });
    const { rows } = await admin.query('select count(*)::int as n from jobs where id = any($1::uuid[])', [
      batch.map((c) => c.id),
    ]);
    expect(rows[0].n).toBe(3);
    expect((await pullAll(userA, cursor)).changes).toEqual([]);
  });

  it('rejects unknown tables and malformed batches with 400, bad rows one by one', async () => {
    const unknown = await call<{ error: string }>(userA, {
      action: 'push',
      changes: [
        { id: randomUUID(), table: 'secrets', op: 'upsert', row: {}, updated_at: new Date().toISOString() },
      ],
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: 'unknown_table' } });
    const malformed = await call<{ error: string }>(userA, { action: 'push', changes: [{ id: 'x' }] });
    expect(malformed).toMatchObject({ status: 400, body: { error: 'invalid_request' } });

    const good = job();
    const dupUrl = job({ canonicalUrl: good.canonicalUrl });
    const badSalary = job({ salary: { min: 200, max: 100, currency: 'USD', period: 'YEAR' } });
    const { body } = await push(userA, [upsert(good), upsert(dupUrl), upsert(badSalary)]);
    expect(body.applied).toEqual([good.id]);
    expect(Object.fromEntries(body.rejected.map((r) => [r.id, r.reason]))).toMatchObject({
      [dupUrl.id]: expect.stringContaining('duplicate_canonical_url'),
      [badSalary.id]: expect.stringContaining('jobs_salary_range'),
    });
  });

  it('keeps every stage move made offline when they reach the server in one push, but only for the own jobs', async () => {
    const offline = job();
    const t0 = Date.parse(offline.createdAt);
    const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();
    const moves = [
      { from: null, to: 'saved', at: at(0), cause: 'capture' },
      { from: 'saved', to: 'applied', at: at(1), cause: 'user' },
      { from: 'applied', to: 'screening', at: at(2), cause: 'user' },
    ].map((m) => ({ id: randomUUID(), jobId: offline.id, ...m }));
    const latest = { ...offline, stage: 'screening', updatedAt: at(2), stageChangedAt: at(2) };
    const pushed = await push(userA, [
      ...moves.map((m) => ({
        id: m.id,
        table: 'stage_events' as const,
        op: 'upsert' as const,
        row: m,
        updated_at: m.at,
      })),
      upsert(latest),
    ]);
    expect(pushed.body.rejected).toEqual([]);
    expect(pushed.body.applied.sort()).toEqual([offline.id, ...moves.map((m) => m.id)].sort());
    const { rows } = await admin.query(
      'select id::text, from_stage::text, to_stage::text from public.job_stage_events where job_id = $1 order by at',
      [offline.id],
    );
    expect(rows).toEqual(moves.map((m) => ({ id: m.id, from_stage: m.from, to_stage: m.to })));
    // Another device gets the whole history.
    const other = await pullAll(userA);
    expect(
      other.changes.filter((c) => c.table === 'stage_events' && moves.some((m) => m.id === c.id)),
    ).toHaveLength(3);

    // Someone else's job gets no history from this user, and a made-up stage is refused, not stored.
    const stranger = { ...moves[1]!, id: randomUUID() };
    const bogus = { ...moves[2]!, id: randomUUID(), to: 'hired' };
    const refused = await push(userB, [
      {
        id: stranger.id,
        table: 'stage_events' as const,
        op: 'upsert' as const,
        row: stranger,
        updated_at: stranger.at,
      },
    ]);
    expect(refused.body.rejected.map((r: { id: string }) => r.id)).toEqual([stranger.id]);
    const own = await push(userA, [
      {
        id: bogus.id,
        table: 'stage_events' as const,
        op: 'upsert' as const,
        row: bogus,
        updated_at: bogus.at,
      },
    ]);
    expect(own.body.rejected.map((r: { id: string }) => r.id)).toEqual([bogus.id]);
    const { rowCount } = await admin.query(
      'select 1 from public.job_stage_events where id = any($1::uuid[])',
      [[stranger.id, bogus.id]],
    );
    expect(rowCount).toBe(0);
  });
});
