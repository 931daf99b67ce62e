// Bulk actions from the Pipeline board over the jobs the user selected. Each one answers what it did per job,
// so the board can offer one Undo for the whole action and say which jobs refused (and why).
import { type Job, nowIso, type Stage } from '../../../shared/domain/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { deleteJob, jobDeletionTables, restoreDeleted } from './job-delete.ts';
import { getJob, moveJob, undoLastMove } from './jobs.ts';

export interface BulkMoveResult {
  moved: Job[];
  /** Jobs that could not make the move, with the reason in words (an invalid stage change, a deleted job). */
  refused: { jobId: string; title: string; message: string }[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function moveJobs(
  db: JobrakerDatabase,
  jobIds: readonly string[],
  to: Stage,
): Promise<BulkMoveResult> {
  const result: BulkMoveResult = { moved: [], refused: [] };
  for (const jobId of jobIds) {
    try {
      result.moved.push(await moveJob(db, jobId, to));
    } catch (error) {
      const title = (await db.jobs.get(jobId))?.title ?? 'A job';
      result.refused.push({ jobId, title, message: messageOf(error) });
    }
  }
  return result;
}

/** Reverts the last move of each job (the Undo of a bulk move: only the jobs that moved). */
export async function undoMoves(db: JobrakerDatabase, jobIds: readonly string[]): Promise<Job[]> {
  const reverted: Job[] = [];
  for (const jobId of jobIds) reverted.push(await undoLastMove(db, jobId));
  return reverted;
}

/** Archives (or brings back) jobs in one transaction: they leave the board but keep their history. */
export async function archiveJobs(
  db: JobrakerDatabase,
  jobIds: readonly string[],
  archived: boolean,
): Promise<Job[]> {
  return db.transaction('rw', db.jobs, async () => {
    const now = nowIso();
    const jobs: Job[] = [];
    for (const jobId of jobIds) {
      const job = await getJob(db, jobId);
      jobs.push({ ...job, archivedAt: archived ? now : null, updatedAt: now });
    }
    await db.jobs.bulkPut(jobs);
    return jobs;
  });
}

/** Deletes jobs into the trash (one entry each, as a single delete does); the ids undo them. */
export async function deleteJobs(
  db: JobrakerDatabase,
  jobIds: readonly string[],
): Promise<{ trashIds: string[] }> {
  return db.transaction('rw', jobDeletionTables(db), async () => {
    const trashIds: string[] = [];
    for (const jobId of jobIds) trashIds.push((await deleteJob(db, jobId)).trashId);
    return { trashIds };
  });
}

export async function restoreJobs(db: JobrakerDatabase, trashIds: readonly string[]): Promise<Job[]> {
  return db.transaction('rw', jobDeletionTables(db), async () => {
    const jobs: Job[] = [];
    for (const trashId of trashIds) jobs.push(await restoreDeleted(db, trashId));
    return jobs;
  });
}
