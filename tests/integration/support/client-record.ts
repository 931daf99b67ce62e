// A record as a client device holds it before a push: which synced table, its id, the row and when it changed.
import type { SyncTable } from '../../../shared/sync/protocol.ts';

export interface ClientRecord {
  table: SyncTable;
  id: string;
  row: Record<string, unknown>;
  updatedAt: string;
}
