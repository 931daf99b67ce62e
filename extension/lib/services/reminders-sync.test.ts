// Reminders under sync, on the real Dexie database: Done, Snooze and a job's own follow-up days are queued;
// that this device showed a notification is not (and a pulled decision leaves it alone); deleting a job takes
// its decisions and days with it and Undo brings them back; a v11 database moves its decisions out losslessly.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { JobDraft } from '../../../shared/domain/index.ts';
import { reminderDecisionId } from '../../../shared/reminders/decision.ts';
import { dexieReplica } from '../sync/store.ts';
import { capturingDatabases, queuedOps } from '../sync/testing.ts';
import { deleteJob, restoreDeleted } from './job-delete.ts';
import { saveDraft } from './jobs.ts';
import { markReminder, reminderStates, setFollowUpDays } from './reminders.ts';

const open = capturingDatabases('reminder-sync');
const draft: JobDraft = {
  url: 'https://acme.example/jobs/1',
  canonicalUrl: 'https://acme.example/jobs/1',
  ats: null,
  fields: { title: 'Engineer', company: 'Acme' },
  provenance: {},
  gaps: [],
  extractedAt: '2026-01-01T00:00:00.000Z',
};
const NOW = new Date('2026-12-04T12:00:00.000Z');

describe('reminders under sync', () => {
  it('queues Done, Snooze and a job’s own days, never a shown notification', async () => {
    const db = open();
    const { job } = await saveDraft(db, draft);
    const key = `follow-up:${job.id}:2026-11-20T09:00:00.000Z`;
    await db.outbox.clear();
    await markReminder(db, key, job.id, 'notified', NOW);
    expect(await queuedOps(db)).toEqual([]);
    await markReminder(db, key, job.id, 'done', NOW);
    await setFollowUpDays(db, { jobId: job.id, days: 12 });
    expect(await queuedOps(db)).toEqual(['reminder_decisions:upsert', 'job_follow_ups:upsert']);
    const [decision] = await db.outbox.orderBy('seq').toArray();
    expect(decision?.id).toBe(await reminderDecisionId(key));
    expect(decision?.row).toEqual({
      id: decision?.id,
      key,
      jobId: job.id,
      doneAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    // The notification is still known here, beside the decision.
    expect(await reminderStates(db)).toEqual([
      expect.objectContaining({ key, doneAt: NOW.toISOString(), notifiedAt: NOW.toISOString() }),
    ]);

    // Another device's snooze of the same reminder arrives; this device's notification note stays.
    const until = '2026-12-06T12:00:00.000Z';
    const pulled = {
      id: decision?.id,
      key,
      jobId: job.id,
      snoozedUntil: until,
      updatedAt: '2026-12-04T13:00:00.000Z',
    };
    await dexieReplica(db).applyRemote(
      [
        { table: 'reminder_decisions', id: String(decision?.id), decision: { kind: 'upsert', row: pulled } },
      ] as never,
      'c1',
    );
    expect(await reminderStates(db)).toEqual([{ ...pulled, notifiedAt: NOW.toISOString() }]);
  });

  it('deleting a job takes its decisions and days (queued as deletes); Undo brings them back', async () => {
    const db = open();
    const { job } = await saveDraft(db, draft);
    await markReminder(db, `deadline:${job.id}:2026-12-10`, job.id, 'snooze', NOW);
    await setFollowUpDays(db, { jobId: job.id, days: 21 });
    await db.outbox.clear();
    const { trashId } = await deleteJob(db, job.id);
    expect(await db.reminderDecisions.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
    expect(await queuedOps(db)).toEqual(
      expect.arrayContaining(['reminder_decisions:delete', 'job_follow_ups:delete']),
    );
    await restoreDeleted(db, trashId);
    expect(await db.followUps.get(job.id)).toMatchObject({ days: 21 });
    expect(await db.reminderDecisions.where('jobId').equals(job.id).count()).toBe(1);
  });

  it('moves a v11 database’s Done and Snooze into synced decisions and keeps its notifications local', async () => {
    const name = `reminders-v11-${Math.random()}`;
    const v11 = new Dexie(name);
    v11.version(11).stores({ jobs: 'id', reminders: 'key, jobId', followUps: 'jobId' });
    const jobId = '01900000-0000-7000-8000-0000000000c1';
    const at = '2026-12-01T08:00:00.000Z';
    await v11.table('reminders').bulkAdd([
      { key: `deadline:${jobId}:2026-12-10`, jobId, doneAt: at, notifiedAt: at, updatedAt: at },
      { key: `follow-up:${jobId}:x`, jobId, snoozedUntil: at, updatedAt: at },
      { key: `interview:r1:${at}`, jobId, notifiedAt: at, updatedAt: at },
    ]);
    await v11.table('followUps').add({ jobId, days: 5 });
    v11.close();

    const db = open(name);
    expect(await db.reminderDecisions.orderBy('key').toArray()).toEqual([
      {
        id: await reminderDecisionId(`deadline:${jobId}:2026-12-10`),
        key: `deadline:${jobId}:2026-12-10`,
        jobId,
        doneAt: at,
        updatedAt: at,
      },
      {
        id: await reminderDecisionId(`follow-up:${jobId}:x`),
        key: `follow-up:${jobId}:x`,
        jobId,
        snoozedUntil: at,
        updatedAt: at,
      },
    ]);
    expect(await db.reminders.orderBy('key').toArray()).toEqual([
      { key: `deadline:${jobId}:2026-12-10`, jobId, notifiedAt: at },
      { key: `interview:r1:${at}`, jobId, notifiedAt: at },
    ]);
    expect(await db.followUps.get(jobId)).toEqual({ jobId, days: 5, updatedAt: expect.any(String) });
  });
});
