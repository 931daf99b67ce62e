// A device for sync tests: the real SyncEngine and fetch transport, with its tables and outbox in memory
// (the same rules as the extension's Dexie stores: pulled rows are not queued back; one profile).

import { syncTransport } from '../../../shared/supabase/client.ts';
import { type LocalWrite, type OutboxEntry, SyncEngine } from '../../../shared/sync/engine.ts';
import { recordKey, SINGLETON_TABLES, type SyncTable } from '../../../shared/sync/protocol.ts';
import { editedAt } from '../../../shared/sync/records.ts';

type Row = Record<string, unknown>;

export class MemoryDevice {
  readonly tables = new Map<SyncTable, Map<string, Row>>();
  outbox: OutboxEntry[] = [];
  cursor: string | null = null;
  readonly engine: SyncEngine;
  private seq = 0;

  /** `url`: the API base (functions at `${url}/functions/v1/sync`). */
  constructor(url: string, getToken: () => Promise<string | null>, options: { batchSize?: number } = {}) {
    this.engine = new SyncEngine({
      transport: syncTransport({ url, getToken }),
      batchSize: options.batchSize,
      outbox: {
        peek: async (limit) => this.outbox.slice(0, limit),
        remove: async (seqs) => {
          const gone = new Set(seqs);
          this.outbox = this.outbox.filter((e) => !gone.has(e.seq));
        },
        pendingKeys: async () => new Set(this.outbox.map((e) => recordKey(e.table, e.id))),
      },
      replica: {
        localVersions: async (keys) => {
          const versions = new Map<string, string>();
          for (const { table, id } of keys) {
            const row = this.get(table as SyncTable, id);
            if (row) versions.set(recordKey(table, id), String(editedAt(table as SyncTable, row)));
          }
          return versions;
        },
        applyRemote: async (writes: LocalWrite[], cursor) => {
          for (const w of writes) this.applyOne(w);
          this.cursor = cursor;
        },
        getCursor: async () => this.cursor,
      },
    });
  }

  table(name: SyncTable): Map<string, Row> {
    const rows = this.tables.get(name) ?? new Map<string, Row>();
    this.tables.set(name, rows);
    return rows;
  }

  get(table: SyncTable, id: string): Row | undefined {
    return SINGLETON_TABLES.has(table) ? [...this.table(table).values()][0] : this.table(table).get(id);
  }

  /** A local edit: stored and queued with its own edit time. */
  write(table: SyncTable, id: string, row: Row): void {
    if (SINGLETON_TABLES.has(table)) this.table(table).clear();
    this.table(table).set(id, row);
    const at = String(editedAt(table, row));
    this.outbox.push({ seq: ++this.seq, id, table, op: 'upsert', row, updated_at: at });
  }

  remove(table: SyncTable, id: string, at = new Date().toISOString()): void {
    this.table(table).delete(id);
    this.outbox.push({ seq: ++this.seq, id, table, op: 'delete', row: null, updated_at: at });
  }

  private applyOne(w: LocalWrite): void {
    const table = w.table as SyncTable;
    if (w.decision.kind === 'delete') {
      this.table(table).delete(w.id);
      return;
    }
    if (SINGLETON_TABLES.has(table)) this.table(table).clear();
    this.table(table).set(w.id, w.decision.row);
  }
}
