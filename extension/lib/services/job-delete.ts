import { type Job, type MatchResult, newId, nowIso, type StageEvent } from '../../../shared/domain/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { JOB_OWNED_STORES, putBackJobRows, type TrashedRow, takeJobRows } from './job-owned-rows.ts';
import { getJob } from './jobs.ts';

/** Every store a job's delete or restore writes: a caller batching several opens its transaction over these. */
export const jobDeletionTables = (db: JobrakerDatabase) => [
  db.jobs,
  db.stageEvents,
  db.matches,
  db.trash,
  ...JOB_OWNED_STORES.map((s) => db.table(s)),
];

/** Deletes a job with its history and match; the rows wait in the trash so "Undo" can bring them back. */
export async function deleteJob(db: JobrakerDatabase, jobId: string): Promise<{ trashId: string }> {
  return db.transaction('rw', jobDeletionTables(db), async () => {
    const job = await getJob(db, jobId);
    const events = await db.stageEvents.where('jobId').equals(jobId).toArray();
    const match = await db.matches.get(jobId);
    const trashId = newId();
    // Its notes, interview rounds, offers and reminders' decisions go with it (and come back with Undo).
    const owned = await takeJobRows(db, jobId);
    await db.trash.add({
      id: trashId,
      table: 'jobs',
      rows: [job, events, match ?? null, owned],
      deletedAt: nowIso(),
    });
    await db.stageEvents.bulkDelete(events.map((e) => e.id));
    await db.matches.delete(jobId);
    await db.jobs.delete(jobId);
    return { trashId };
  });
}

export async function restoreDeleted(db: JobrakerDatabase, trashId: string): Promise<Job> {
  return db.transaction('rw', jobDeletionTables(db), async () => {
    const entry = await db.trash.get(trashId);
    if (!entry) throw new Error('That delete can no longer be undone.');
    const [job, events, match, owned] = entry.rows as [Job, StageEvent[], MatchResult | null, TrashedRow[]?];
    await db.jobs.put(job);
    await db.stageEvents.bulkPut(events);
    if (match) await db.matches.put(match);
    await putBackJobRows(db, owned);
    await db.trash.delete(trashId);
    return job;
  });
}
