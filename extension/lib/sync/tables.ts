// Which local tables sync, under which wire names, and how each row tells its edit time.
import type { SyncTable } from '../../../shared/sync/protocol.ts';

export interface SyncedTable {
  wire: SyncTable;
  /** The row's own edit time (LWW clock); stage events never change, so their time is when they happened. */
  editedAt: (row: Record<string, unknown>) => string | undefined;
}

export const SYNCED_TABLES: Record<string, SyncedTable> = {
  jobs: { wire: 'jobs', editedAt: (row) => row.updatedAt as string | undefined },
  stageEvents: { wire: 'stage_events', editedAt: (row) => row.at as string | undefined },
};

export const LOCAL_TABLE: Record<SyncTable, string> = { jobs: 'jobs', stage_events: 'stageEvents' };

/** Settings keys (settings table). */
export const SYNC_ENABLED_SETTING = 'sync.enabled';
/** syncState keys. */
export const CURSOR_KEY = 'cursor';
export const LAST_RESULT_KEY = 'lastResult';
