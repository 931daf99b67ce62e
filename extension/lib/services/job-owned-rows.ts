// Rows that belong to one job (its notes, interview rounds, offers): they go to the trash with the job and
// come back with its Undo. Kept apart from jobs.ts and job-detail.ts so neither imports the other.
import type { JobrakerDatabase } from '../db/database.ts';

/** The stores a job detail row lives in; a trash entry names them so "Undo" puts each row back. */
export type DetailStore = 'jobNotes' | 'interviews' | 'offers' | 'people' | 'interactions';
export interface TrashedRow {
  store: DetailStore | JobOwnedStore;
  /** Typed by id for the detail page's trash; follow-up days (keyed by their job) only travel in a job's delete. */
  row: { id: string };
}

/**
 * The stores holding rows of one job that go (and come back) with it: its notes, rounds and offers, and its
 * reminders' decisions and own follow-up days (both synced, so the deletes reach the other devices).
 */
export const JOB_OWNED_STORES = [
  'jobNotes',
  'interviews',
  'offers',
  'reminderDecisions',
  'followUps',
] as const;
type JobOwnedStore = (typeof JOB_OWNED_STORES)[number];

/** Deletes a job's own rows inside the caller's transaction; returns them for the trash. */
export async function takeJobRows(db: JobrakerDatabase, jobId: string): Promise<TrashedRow[]> {
  const taken: TrashedRow[] = [];
  for (const store of JOB_OWNED_STORES) {
    const found = db.table(store).where('jobId').equals(jobId);
    const [rows, keys] = await Promise.all([found.toArray(), found.primaryKeys()]);
    await db.table(store).bulkDelete(keys);
    taken.push(...rows.map((row: TrashedRow['row']) => ({ store, row })));
  }
  return taken;
}

/** Puts back what takeJobRows took (undo of a job delete). */
export async function putBackJobRows(db: JobrakerDatabase, rows: TrashedRow[] | undefined): Promise<void> {
  for (const { store, row } of rows ?? []) await db.table(store).put(row);
}
