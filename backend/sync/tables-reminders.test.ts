// Reminders' decisions and a job's follow-up days between the client's record and the server's rows: what the
// user decided comes back exactly as sent, and a record the server must not store is refused naming the field.
import { describe, expect, it } from 'vitest';
import { reminderDecisionId } from '../../shared/reminders/decision.ts';
import { jobFollowUps, reminderDecisions } from './tables-reminders.ts';

const JOB = '01900000-0000-7000-8000-0000000000b1';
const AT = '2026-12-04T12:00:00.000Z';
const ctx = { userId: 'user_a' };
const pgTime = (iso: unknown) => (iso == null ? null : String(iso).replace('T', ' ').replace('.000Z', '+00'));

/** What Postgres gives back for a written row: timestamps as its text, user_id, created_at and sync_seq beside. */
const stored = (row: Record<string, unknown>) => ({
  ...row,
  done_at: pgTime(row.done_at),
  snoozed_until: pgTime(row.snoozed_until),
  updated_at: pgTime(row.updated_at),
  created_at: '2026-12-04 11:00:00+00',
  sync_seq: 7,
});

describe('reminder_decisions mapping', () => {
  const key = `follow-up:${JOB}:2026-11-20T09:00:00.000Z`;
  it.each([
    ['done', { doneAt: AT }],
    ['snoozed', { snoozedUntil: '2026-12-05T12:00:00.000Z' }],
    ['done after a snooze', { doneAt: AT, snoozedUntil: '2026-12-05T12:00:00.000Z' }],
  ])('a %s decision comes back exactly as sent', async (_, fields) => {
    const decision = { id: await reminderDecisionId(key), key, jobId: JOB, ...fields, updatedAt: AT };
    const row = reminderDecisions.toServer(reminderDecisions.schema.parse(decision), AT, ctx);
    expect(row).not.toHaveProperty('notified_at');
    expect(reminderDecisions.fromServer(stored(row))).toEqual(decision);
  });

  it('names one reminder alike on every device, and different reminders apart', async () => {
    const id = await reminderDecisionId(key);
    expect(id).toBe(await reminderDecisionId(key));
    expect(id).not.toBe(await reminderDecisionId(`deadline:${JOB}:2026-12-05`));
    expect(reminderDecisions.schema.safeParse({ id, key, jobId: JOB, updatedAt: AT }).success).toBe(true);
  });

  it('refuses a key that names no reminder, with the field named', () => {
    const bad = reminderDecisions.schema.safeParse({ id: JOB, key: 'rm -rf /', jobId: JOB, updatedAt: AT });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['key']);
  });
});

describe('job_follow_ups mapping', () => {
  it('a job’s own days come back exactly as sent, keyed by the job', () => {
    const own = { jobId: JOB, days: 14, updatedAt: AT };
    const row = jobFollowUps.toServer(jobFollowUps.schema.parse(own), AT, ctx);
    expect(row).toMatchObject({ id: JOB, job_id: JOB, days: 14 });
    expect(jobFollowUps.idOf(own)).toBe(JOB);
    expect(jobFollowUps.fromServer(stored(row))).toEqual(own);
  });

  it.each([0, 91, 2.5, 100000])('refuses %s days, with the field named', (days) => {
    const bad = jobFollowUps.schema.safeParse({ jobId: JOB, days, updatedAt: AT });
    expect(bad.error?.issues[0]?.path).toEqual(['days']);
  });
});
