// Which local tables sync, under which wire names (in SYNC_TABLES' dependency order, so a snapshot queues a
// row after the rows it points at), and how each row tells its id and edit time (shared/sync/records.ts).
import { SYNC_TABLES, type SyncTable } from '../../../shared/sync/protocol.ts';
import { editedAt, recordId } from '../../../shared/sync/records.ts';

export interface SyncedTable {
  wire: SyncTable;
  /** The row's own edit time (LWW clock); stage events never change, so their time is when they happened. */
  editedAt: (row: Record<string, unknown>) => string | undefined;
  /** The row's id on the wire (a match is keyed by its job). */
  idOf: (row: Record<string, unknown>) => string;
}

export const LOCAL_TABLE: Record<SyncTable, string> = {
  jobs: 'jobs',
  stage_events: 'stageEvents',
  profiles: 'profiles',
  documents: 'documents',
  personas: 'personas',
  saved_answers: 'savedAnswers',
  job_notes: 'jobNotes',
  job_contacts: 'jobContacts',
  interview_prep: 'interviews',
  offers: 'offers',
  people: 'people',
  person_interactions: 'interactions',
  reminder_decisions: 'reminderDecisions',
  job_follow_ups: 'followUps',
  job_matches: 'matches',
  ai_artifacts: 'artifacts',
  job_materials: 'jobMaterials',
  receipts: 'receipts',
  job_alerts: 'watchAlerts',
};

export const SYNCED_TABLES: Record<string, SyncedTable> = Object.fromEntries(
  SYNC_TABLES.map((wire) => [
    LOCAL_TABLE[wire],
    { wire, editedAt: (row) => editedAt(wire, row), idOf: (row) => recordId(wire, row) },
  ]),
);

/** Local table names of everything sync writes, for transactions that span them. */
export const SYNCED_LOCAL_TABLES = SYNC_TABLES.map((wire) => LOCAL_TABLE[wire]);

/** Settings keys (settings table). */
export const SYNC_ENABLED_SETTING = 'sync.enabled';
/** syncState keys. */
export const CURSOR_KEY = 'cursor';
export const LAST_RESULT_KEY = 'lastResult';
