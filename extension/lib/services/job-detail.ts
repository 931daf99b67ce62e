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

/** The stored row with the draft's changes and fresh times; a new row gets an id. */
async function stamped<T extends { id: string; createdAt: string }>(
  table: { get(id: string): Promise<T | undefined> },
  draft: { id?: string },
): Promise<Record<string, unknown>> {
  const now = nowIso();
  const existing = draft.id ? await table.get(draft.id) : undefined;
  if (draft.id && !existing)
    throw new Error('That entry is no longer saved (it may have been deleted elsewhere).');
  return { ...draft, id: draft.id ?? newId(), createdAt: existing?.createdAt ?? now, updatedAt: now };
}

export async function saveNote(db: JobrakerDatabase, draft: Draft<Note>): Promise<Note> {
  await getJob(db, draft.jobId);
  const note = validated(JobNote, await stamped(db.jobNotes, draft), 'Note');
  await db.jobNotes.put(note);
  return note;
}

export async function saveInterview(db: JobrakerDatabase, draft: Draft<Round>): Promise<Round> {
  await getJob(db, draft.jobId);
  const round = validated(InterviewRound, await stamped(db.interviews, draft), 'Interview');
  await db.interviews.put(round);
  return round;
}

export async function saveOffer(db: JobrakerDatabase, draft: Draft<OfferRow>): Promise<OfferRow> {
  await getJob(db, draft.jobId);
  const offer = validated(Offer, await stamped(db.offers, draft), 'Offer');
  await db.offers.put(offer);
  return offer;
}

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
