// Reminders between two devices through the real engine, fetch transport and sync function under RLS: A marks a
// follow-up Done and sets a job's own follow-up days, B pulls both; B snoozes another reminder, A pulls it; a
// job's follow-up days set back to the default leave B too; a hostile push (a key naming no reminder, absurd
// days) is refused naming the field and nothing else in the batch is lost. What a device notified never syncs.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { reminderDecisionId } from '../../shared/reminders/decision.ts';
import type { Change, SyncTable } from '../../shared/sync/protocol.ts';
import { deviceSignedInAs, job, later, newUser, push } from './support/sync-client.ts';

const admin = new pg.Pool({ connectionString: inject('dbUrl'), max: 2 });
afterAll(() => admin.end());

async function decision(jobId: string, kind: 'follow-up' | 'deadline', at: string, fields: object) {
  const key =
    kind === 'follow-up' ? `follow-up:${jobId}:2026-11-20T09:00:00.000Z` : `deadline:${jobId}:2026-12-10`;
  return { id: await reminderDecisionId(key), key, jobId, ...fields, updatedAt: at };
}

describe('sync of reminders', () => {
  it('A marks Done and sets a job’s days, B gets both; B snoozes, A gets it; back to default leaves B', async () => {
    const sub = newUser('remind');
    const a = deviceSignedInAs(sub);
    const at = new Date().toISOString();
    const applied = job({ createdAt: at, updatedAt: at, stageChangedAt: at, stage: 'applied' });
    a.write('jobs', applied.id, applied);
    const done = await decision(applied.id, 'follow-up', at, { doneAt: at });
    a.write('reminder_decisions', done.id, done);
    const days = { jobId: applied.id, days: 14, updatedAt: at };
    a.write('job_follow_ups', applied.id, days);
    expect((await a.engine.syncOnce()).rejected).toEqual([]);

    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();
    expect([...b.table('reminder_decisions').values()]).toEqual([done]);
    expect([...b.table('job_follow_ups').values()]).toEqual([days]);

    // B snoozes the deadline reminder of the same job; the id both devices derive names one record.
    const snoozedAt = later(at, 10_000);
    const snoozed = await decision(applied.id, 'deadline', snoozedAt, {
      snoozedUntil: later(at, 86_400_000),
    });
    b.write('reminder_decisions', snoozed.id, snoozed);
    expect((await b.engine.syncOnce()).rejected).toEqual([]);
    await a.engine.syncOnce();
    expect(a.table('reminder_decisions').get(snoozed.id)).toEqual(snoozed);
    expect(a.table('reminder_decisions').get(done.id)).toEqual(done);

    a.remove('job_follow_ups', applied.id, later(at, 20_000));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(b.table('job_follow_ups').has(applied.id)).toBe(false);
    const server = await admin.query(
      `select days, deleted_at is not null as deleted from job_follow_ups where user_id = $1`,
      [sub],
    );
    expect(server.rows).toEqual([{ days: 14, deleted: true }]); // a tombstone, so other devices learn it

    // A stale Done from a device that was offline loses to B's later snooze of that reminder.
    const stale = { ...snoozed, doneAt: at, updatedAt: later(at, 5_000) };
    delete (stale as { snoozedUntil?: string }).snoozedUntil;
    const c = deviceSignedInAs(sub);
    c.write('reminder_decisions', stale.id, stale);
    expect((await c.engine.syncOnce()).conflicts).toBe(1);
    expect(c.table('reminder_decisions').get(snoozed.id)).toEqual(snoozed);
  });

  it('refuses a key naming no reminder and absurd days by field, and keeps the rest of the push', async () => {
    const sub = newUser('hostile');
    const a = deviceSignedInAs(sub);
    const at = new Date().toISOString();
    const owned = job({ createdAt: at, updatedAt: at, stageChangedAt: at });
    a.write('jobs', owned.id, owned);
    await a.engine.syncOnce();

    const good = await decision(owned.id, 'follow-up', at, { doneAt: at });
    const badKey = { ...good, id: randomUUID(), key: "'; drop table jobs; --" };
    const absurd = { jobId: owned.id, days: 100_000, updatedAt: at };
    const change = (table: SyncTable, id: string, row: Record<string, unknown>): Change => ({
      id,
      table,
      op: 'upsert',
      row,
      updated_at: at,
    });
    const { body } = await push(sub, [
      change('reminder_decisions', badKey.id, badKey),
      change('job_follow_ups', owned.id, absurd),
      change('reminder_decisions', good.id, good),
    ]);
    expect(body.rejected).toEqual([
      expect.objectContaining({
        id: badKey.id,
        reason: expect.stringMatching(/^invalid reminder_decisions: key: /),
      }),
      expect.objectContaining({
        id: owned.id,
        reason: expect.stringMatching(/^invalid job_follow_ups: days: /),
      }),
    ]);
    expect(body.applied).toEqual([good.id]);
    const b = deviceSignedInAs(sub);
    await b.engine.syncOnce();
    expect([...b.table('reminder_decisions').values()]).toEqual([good]);
    expect([...b.table('job_follow_ups').values()]).toEqual([]);
    expect(b.table('jobs').has(owned.id)).toBe(true);
  });
});
