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

/** A device keeps one match per job, keyed by the job: that is the match's id on the wire. */
export const recordId = (table: SyncTable, row: Row): string =>
  String(table === 'job_matches' ? row.jobId : row.id);

/**
 * Tables whose local deletes are not sent: stage history is immutable on the server (a deleted job's
 * tombstone covers its events), and the profile is replaced (saving clears and rewrites it), never deleted.
 */
export const KEEPS_DELETES_LOCAL: ReadonlySet<SyncTable> = new Set<SyncTable>(['stage_events', 'profiles']);
