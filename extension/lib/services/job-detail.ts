// A job's notes, interview rounds and offers (the job detail page): each write validated against its shared
// shape, so a bad value is refused with the field's name and nothing is stored. Deletes wait in the trash
// for "Undo", like a deleted job.
import type { z } from 'zod';
import {
  InterviewRound,
  JobNote,
  type JobNote as Note,
  newId,
  nowIso,
  Offer,
  type Offer as OfferRow,
  type InterviewRound as Round,
} from '../../../shared/domain/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import type { TrashedRow } from './job-owned-rows.ts';
import { getJob } from './jobs.ts';

/** What a page sends to create or edit a row: the row without its times (and without an id when new). */
export type Draft<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

const FIELD_NAMES: Record<string, string> = {
  body: 'Note',
  scheduledAt: 'Date and time',
  baseSalary: 'Base salary',
  respondBy: 'Respond by',
  startDate: 'Start date',
  linkedinUrl: 'LinkedIn',
  jobIds: 'Jobs',
};

/** Parses a row or throws one sentence naming the field ("Base salary: Too small…"). */
export function validated<T>(schema: z.ZodType<T>, row: unknown, what: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const field = FIELD_NAMES[key] ?? (key ? key[0]!.toUpperCase() + key.slice(1) : what);
  throw new Error(`${field}: ${issue.message}`);
}

/**
 * Stores a draft of one of a job's rows: the job must still be saved, an edit keeps the row's creation time (a
 * new row gets an id), both get a fresh update time, and `schema` checks it (refused as `what`) before the write.
 */
async function saveJobRow<T extends { id: string; jobId: string; createdAt: string }>(
  db: JobrakerDatabase,
  table: { get(id: string): Promise<T | undefined>; put(row: T): Promise<unknown> },
  schema: z.ZodType<T>,
  what: string,
  draft: Draft<T> & { jobId: string },
): Promise<T> {
  await getJob(db, draft.jobId);
  const now = nowIso();
  const existing = draft.id ? await table.get(draft.id) : undefined;
  if (draft.id && !existing)
    throw new Error('That entry is no longer saved (it may have been deleted elsewhere).');
  const stamped = {
    ...draft,
    id: draft.id ?? newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const row = validated(schema, stamped, what);
  await table.put(row);
  return row;
}

export const saveNote = (db: JobrakerDatabase, draft: Draft<Note>): Promise<Note> =>
  saveJobRow<Note>(db, db.jobNotes, JobNote, 'Note', draft);

export const saveInterview = (db: JobrakerDatabase, draft: Draft<Round>): Promise<Round> =>
  saveJobRow<Round>(db, db.interviews, InterviewRound, 'Interview', draft);

export const saveOffer = (db: JobrakerDatabase, draft: Draft<OfferRow>): Promise<OfferRow> =>
  saveJobRow<OfferRow>(db, db.offers, Offer, 'Offer', draft);

const TRASH_TABLE = 'job-detail';

/** Moves rows to the trash in one transaction with any rows to put back (an unlinked person). */
export async function trashRows(
  db: JobrakerDatabase,
  rows: TrashedRow[],
  keep: TrashedRow[] = [],
): Promise<{ trashId: string }> {
  const stores = [...new Set([...rows, ...keep].map((r) => r.store))].map((s) => db.table(s));
  return db.transaction('rw', [db.trash, ...stores], async () => {
    const trashId = newId();
    await db.trash.add({ id: trashId, table: TRASH_TABLE, rows, deletedAt: nowIso() });
    // A row kept in a new form (a person still linked to other jobs) is rewritten, never deleted first.
    const kept = new Set(keep.map((k) => `${k.store}:${k.row.id}`));
    for (const { store, row } of rows)
      if (!kept.has(`${store}:${row.id}`)) await db.table(store).delete(row.id);
    for (const { store, row } of keep) await db.table(store).put(row);
    return { trashId };
  });
}

export async function deleteDetail(
  db: JobrakerDatabase,
  store: 'jobNotes' | 'interviews' | 'offers',
  id: string,
): Promise<{ trashId: string }> {
  const row = await db.table(store).get(id);
  if (!row) throw new Error('That entry is no longer saved (it may have been deleted elsewhere).');
  return trashRows(db, [{ store, row }]);
}

/** "Undo" after a delete: puts the rows back as they were (a new edit time, so sync carries them again). */
export async function restoreDetail(db: JobrakerDatabase, trashId: string): Promise<{ restored: number }> {
  const entry = await db.trash.get(trashId);
  if (!entry || entry.table !== TRASH_TABLE) throw new Error('That delete can no longer be undone.');
  const rows = entry.rows as TrashedRow[];
  const stores = [...new Set(rows.map((r) => r.store))].map((s) => db.table(s));
  return db.transaction('rw', [db.trash, ...stores], async () => {
    const now = nowIso();
    for (const { store, row } of rows) await db.table(store).put({ ...row, updatedAt: now });
    await db.trash.delete(trashId);
    return { restored: rows.length };
  });
}
