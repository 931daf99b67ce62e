// Rows that belong to one job (its notes, interview rounds, offers): they go to the trash with the job and
// come back with its Undo. Kept apart from jobs.ts and job-detail.ts so neither imports the other.
import type { JobrakerDatabase } from '../db/database.ts';

/** The stores a job detail row lives in; a trash entry names them so "Undo" puts each row back. */
export type DetailStore = 'jobNotes' | 'interviews' | 'offers' | 'people' | 'interactions';
export interface TrashedRow {
  store: DetailStore;
  row: { id: string };
}

/** The stores holding rows of one job that go (and come back) with it. */
export const JOB_OWNED_STORES = ['jobNotes', 'interviews', 'offers'] as const;

/** Deletes a job's notes, rounds and offers inside the caller's transaction; returns them for the trash. */
export async function takeJobRows(db: JobrakerDatabase, jobId: string): Promise<TrashedRow[]> {
  const taken: TrashedRow[] = [];
  for (const store of JOB_OWNED_STORES) {
    const rows = await db.table(store).where('jobId').equals(jobId).toArray();
    await db.table(store).bulkDelete(rows.map((r: { id: string }) => r.id));
    taken.push(...rows.map((row: { id: string }) => ({ store, row })));
  }
  return taken;
}

/** Puts back what takeJobRows took (undo of a job delete). */
export async function putBackJobRows(db: JobrakerDatabase, rows: TrashedRow[] | undefined): Promise<void> {
  for (const { store, row } of rows ?? []) await db.table(store).put(row);
}
