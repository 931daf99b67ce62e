// Every synced table beyond jobs and stage history, and the order a push applies them in (SYNC_TABLES:
// a row after the rows it points at).
import { type Change, type PushResponse, SYNC_TABLES, type SyncTable } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { applyProfile } from './push-profile.ts';
import { applyRecords } from './push-records.ts';
import type { RecordSpec } from './records.ts';
import { interviewPrep, offers, people, personInteractions } from './tables-job-detail.ts';
import { aiArtifacts, jobMatches, jobMaterials, receipts } from './tables-job-records.ts';
import { personas } from './tables-personas.ts';
import { documents, jobContacts, jobNotes, savedAnswers } from './tables-records.ts';
import { jobFollowUps, reminderDecisions } from './tables-reminders.ts';
import { jobAlerts } from './tables-watch.ts';

export const RECORD_SPECS: Partial<Record<SyncTable, RecordSpec>> = Object.fromEntries(
  [
    documents,
    personas,
    savedAnswers,
    jobNotes,
    jobContacts,
    // The job detail page's records (issue 16).
    interviewPrep,
    offers,
    people,
    personInteractions,
    // Reminders' decisions and a job's own follow-up days (issue 16).
    reminderDecisions,
    jobFollowUps,
    jobMatches,
    aiArtifacts,
    jobMaterials,
    receipts,
    // Company watch (issue 17).
    jobAlerts,
  ].map((spec) => [spec.wire, spec]),
);

/** Applies the batch's changes to the profile and the record tables (jobs and stage events come first). */
export async function applyOtherTables(db: Db, batch: Change[], result: PushResponse): Promise<void> {
  if (!batch.some((c) => c.table !== 'jobs' && c.table !== 'stage_events')) return;
  const { rows } = await db.query<{ sub: string }>(`select auth.jwt() ->> 'sub' as sub`);
  const ctx = { userId: String(rows[0]?.sub) };
  for (const table of SYNC_TABLES) {
    const changes = batch.filter((c) => c.table === table);
    if (table === 'profiles') await applyProfile(db, changes, result);
    const spec = RECORD_SPECS[table];
    if (spec) await applyRecords(db, spec, changes, ctx, result);
  }
}
