// The wire format of POST /functions/v1/sync, shared by the extension's engine and the function.
import { z } from 'zod';

/**
 * Tables the client syncs, by their wire names; the server maps each to its schema (backend/sync/tables.ts).
 * Listed in dependency order: the server applies a batch's tables in this order, and a device queues its
 * snapshot in it, so a row arrives after the rows it points at (a persona after its resume document).
 */
export const SYNC_TABLES = [
  'jobs',
  'stage_events',
  'profiles',
  'documents',
  'personas',
  'saved_answers',
  'job_notes',
  'job_contacts',
  // The job detail page (issue 16): interview rounds, offers, people, then their log (it points at people).
  'interview_prep',
  'offers',
  'people',
  'person_interactions',
  // Reminders (issue 16): the user's Done and Snooze, and a job's own follow-up days; both point at jobs.
  'reminder_decisions',
  'job_follow_ups',
  'job_matches',
  'ai_artifacts',
  'job_materials',
  'receipts',
  // Company watch (issue 17): the boards a user follows and what they look for; depends on nothing.
  'job_alerts',
] as const;
export const SyncTable = z.enum(SYNC_TABLES, { error: (issue) => `unknown table ${String(issue.input)}` });
export type SyncTable = z.infer<typeof SyncTable>;

/**
 * One record per user whatever its id (the profile): two devices that each made one before signing in hold
 * the same record, so last-writer-wins and "edit still pending" compare them by table alone.
 */
export const SINGLETON_TABLES: ReadonlySet<SyncTable> = new Set<SyncTable>(['profiles']);

/** The key that names one record for last-writer-wins and the outbox's pending set. */
export const recordKey = (table: string, id: string): string =>
  SINGLETON_TABLES.has(table as SyncTable) ? table : `${table}:${id}`;

export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 1000;
/**
 * Largest request body the function reads (413 above it). A job at every field limit (shared/domain/limits.ts)
 * fits several times over; the engine packs batches well below it (PUSH_BATCH_BYTES).
 */
export const MAX_PUSH_BYTES = 8 * 1024 * 1024;
/** What the engine aims to send per push: under the cap with room for one large record more. */
export const PUSH_BATCH_BYTES = 4 * 1024 * 1024;
/** A pull page stops once its rows reach this much JSON (at least one row per page). */
export const PULL_PAGE_BYTES = 2 * 1024 * 1024;
/** Client edit times beyond the server's clock plus this are stored as the server's time. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const IsoTime = z.string().datetime({ offset: true });

/** One outbox entry: the whole row after the write (upsert) or a tombstone (delete). */
export const Change = z.object({
  id: z.string().uuid(),
  table: SyncTable,
  op: z.enum(['upsert', 'delete']),
  row: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The client's edit time; last writer wins per record by this. */
  updated_at: IsoTime,
});
export type Change = z.infer<typeof Change>;

export const PushRequest = z.object({
  action: z.literal('push'),
  changes: z.array(Change).max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const PullRequest = z.object({
  action: z.literal('pull'),
  /** Opaque cursor from the previous pull; null or absent for everything. */
  since: z.string().max(40).nullable().optional(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const SyncRequest = z.discriminatedUnion('action', [PushRequest, PullRequest]);

export interface Conflict {
  id: string;
  table: SyncTable;
  /** The server's newer version (client shape; `null` when it is a tombstone's last state is unknown). */
  server_row: Record<string, unknown> | null;
  server_updated_at: string;
  deleted: boolean;
}

export interface Rejected {
  id: string;
  table: SyncTable;
  reason: string;
}

export interface PushResponse {
  /** Stored, or already stored (a re-sent change): either way the client may drop it from the outbox. */
  applied: string[];
  /** The server has a newer version; the client should take it (it also comes through the next pull). */
  conflicts: Conflict[];
  /** Will never succeed as sent (another user's id, a constraint); dropped from the outbox with a reason. */
  rejected: Rejected[];
}

/** A pulled row in client shape; `deleted` rows are tombstones. */
export interface PulledChange {
  id: string;
  table: SyncTable;
  op: 'upsert' | 'delete';
  row: Record<string, unknown>;
  updated_at: string;
}

export interface PullResponse {
  changes: PulledChange[];
  /** Pass back as `since`; unchanged when nothing new. */
  cursor: string | null;
  /** More rows wait beyond this page. */
  more: boolean;
}
