// How one synced table maps between the client's record and the server's row, for the tables that are one
// row per record (everything but jobs, stage history and the profile, which have their own code).
import type { z } from 'zod';
import type { SyncTable } from '../../shared/sync/protocol.ts';

export type Row = Record<string, unknown>;

export interface RecordSpec {
  wire: SyncTable;
  /** Table in `public`. */
  table: string;
  /** The client's record; a row that fails it is rejected with the field's name. */
  schema: z.ZodType<Row>;
  /** The record's id on the wire (a match is keyed by its job). */
  idOf: (row: Row) => string;
  /** Columns sync writes (user_id comes from the token's `sub` by default). */
  columns: readonly string[];
  /** The server column holding the record's last-writer-wins time. */
  clock: string;
  /** Deletes are tombstones (`deleted_at`); false for immutable history, whose deletes are refused. */
  tombstones: boolean;
  /** Never updated: a re-sent insert is "already stored" (artifacts, material choices). */
  immutable?: boolean;
  /** Rows of the table this wire table carries (applications: only those with a receipt). */
  pullWhere?: string;
  toServer: (row: Row, at: string, ctx: PushContext) => Row;
  fromServer: (row: Row) => Row;
  /** Runs before the batch's writes (personas: activating one deactivates the others). */
  beforeWrite?: (db: import('./db.ts').Db, rows: Row[]) => Promise<void>;
}

export interface PushContext {
  /** The verified caller (`sub`). */
  userId: string;
}

/** The wire id of a record keyed by its own `id`. */
export const byId = (row: Row): string => String(row.id);

export const iso = (value: unknown): string | null =>
  value == null ? null : new Date(String(value)).toISOString();

/** Optional text the SQL CHECKs read as "absent" only when null ('' fails `country ~ '^[A-Z]{2}$'`). */
export const orNull = (value: unknown): unknown => (value === '' || value === undefined ? null : value);

/** Drops null fields, so optional client fields come back absent as they were sent. */
export function withoutNulls(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value != null));
}
