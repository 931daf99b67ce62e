// What a first sign-in restore shows a person: per-table counts so far, then done or an error. The server does
// not announce totals up front, so the text gives counts so far (the progress bar is indeterminate until done).
import type { SyncTable } from './protocol.ts';
import type { TableCounts } from './restore.ts';

export type RestoreState =
  | { state: 'running'; counts: TableCounts; startedAt: string }
  | { state: 'done'; counts: TableCounts; startedAt: string; at: string }
  | { state: 'error'; counts: TableCounts; startedAt: string; at: string; message: string };

/** Singular and plural names a person reads, in SYNC_TABLES order. */
const NAMES: Record<SyncTable, [string, string]> = {
  jobs: ['job', 'jobs'],
  stage_events: ['stage change', 'stage changes'],
  profiles: ['profile', 'profiles'],
  documents: ['document', 'documents'],
  personas: ['persona', 'personas'],
  saved_answers: ['saved answer', 'saved answers'],
  job_notes: ['note', 'notes'],
  job_contacts: ['contact', 'contacts'],
  interview_prep: ['interview round', 'interview rounds'],
  offers: ['offer', 'offers'],
  people: ['person', 'people'],
  person_interactions: ['interaction', 'interactions'],
  reminder_decisions: ['reminder decision', 'reminder decisions'],
  job_follow_ups: ['follow-up setting', 'follow-up settings'],
  job_matches: ['match', 'matches'],
  ai_artifacts: ['generated material', 'generated materials'],
  job_materials: ['material choice', 'material choices'],
  receipts: ['receipt', 'receipts'],
  job_alerts: ['watched company', 'watched companies'],
};

export function describeCounts(counts: TableCounts): string {
  const parts = (Object.keys(NAMES) as SyncTable[])
    .filter((table) => (counts[table] ?? 0) > 0)
    .map((table) => {
      const n = counts[table] ?? 0;
      return `${n.toLocaleString('en-US')} ${NAMES[table][n === 1 ? 0 : 1]}`;
    });
  return parts.length ? parts.join(', ') : 'nothing yet';
}

export function describeRestore(restore: RestoreState): string {
  const counts = describeCounts(restore.counts);
  if (restore.state === 'running') return `Restoring your data: ${counts} so far…`;
  if (restore.state === 'done')
    return Object.keys(restore.counts).length > 0
      ? `Restored your data: ${counts}.`
      : 'Restored your data: the account had nothing saved yet.';
  return `Restoring stopped after ${counts}: ${restore.message} It continues on the next sync.`;
}

/** Adds one table-count snapshot of the current run to the counts of an earlier, interrupted run. */
export function addCounts(earlier: TableCounts, now: TableCounts): TableCounts {
  const sum: TableCounts = { ...earlier };
  for (const [table, n] of Object.entries(now) as [SyncTable, number][]) sum[table] = (sum[table] ?? 0) + n;
  return sum;
}
