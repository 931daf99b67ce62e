// What every synced record tells the engine about itself, by wire table: its id on the wire and its own
// edit time (the last-writer-wins clock). Used by the extension's capture and store, and by tests.
import type { SyncTable } from './protocol.ts';

type Row = Record<string, unknown>;

/** Immutable records (stage history, generated material, receipts) carry the time they happened. */
const EDITED_AT: Record<SyncTable, (row: Row) => unknown> = {
  jobs: (r) => r.updatedAt,
  stage_events: (r) => r.at,
  profiles: (r) => r.updatedAt,
  documents: (r) => r.updatedAt ?? r.createdAt,
  personas: (r) => r.updatedAt,
  saved_answers: (r) => r.updatedAt,
  job_notes: (r) => r.updatedAt,
  job_contacts: (r) => r.updatedAt,
  interview_prep: (r) => r.updatedAt,
  offers: (r) => r.updatedAt,
  people: (r) => r.updatedAt,
  person_interactions: (r) => r.updatedAt,
  reminder_decisions: (r) => r.updatedAt,
  job_follow_ups: (r) => r.updatedAt,
  job_matches: (r) => r.computedAt,
  ai_artifacts: (r) => r.createdAt,
  job_materials: (r) => r.chosenAt,
  receipts: (r) => r.submittedAt,
  job_alerts: (r) => r.updatedAt,
};

export function editedAt(table: SyncTable, row: Row): string | undefined {
  const at = EDITED_AT[table](row);
  return typeof at === 'string' ? at : undefined;
}

/** Records a device keeps one per job, keyed by the job: that is their id on the wire. */
const KEYED_BY_JOB: ReadonlySet<SyncTable> = new Set<SyncTable>(['job_matches', 'job_follow_ups']);
export const recordId = (table: SyncTable, row: Row): string =>
  String(KEYED_BY_JOB.has(table) ? row.jobId : row.id);

/**
 * Tables whose local deletes are not sent: stage history is immutable on the server (a deleted job's
 * tombstone covers its events), and the profile is replaced (saving clears and rewrites it), never deleted.
 */
export const KEEPS_DELETES_LOCAL: ReadonlySet<SyncTable> = new Set<SyncTable>(['stage_events', 'profiles']);
