// The engine's storage interfaces over the extension's Dexie database.
import type { OutboxEntry, OutboxStore, ReplicaStore } from '../../../shared/sync/engine.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { markRemote } from './capture.ts';
import { CURSOR_KEY, LOCAL_TABLE, SYNCED_TABLES } from './tables.ts';

export function dexieOutbox(db: JobrakerDatabase): OutboxStore {
  return {
    peek: async (limit) => (await db.outbox.orderBy('seq').limit(limit).toArray()) as OutboxEntry[],
    remove: (seqs) => db.outbox.bulkDelete(seqs),
    pendingKeys: async () => {
      const keys = (await db.outbox.orderBy('[table+id]').uniqueKeys()) as unknown as [string, string][];
      return new Set(keys.map(([table, id]) => `${table}:${id}`));
    },
  };
}

export function dexieReplica(db: JobrakerDatabase): ReplicaStore {
  const tableOf = (wire: string) => {
    const name = LOCAL_TABLE[wire as keyof typeof LOCAL_TABLE];
    if (!name) throw new Error(`No local table for ${wire}`);
    return db.table(name);
  };
  return {
    async localVersions(keys) {
      const versions = new Map<string, string>();
      for (const wire of new Set(keys.map((k) => k.table))) {
        const ids = keys.filter((k) => k.table === wire).map((k) => k.id);
        const local = LOCAL_TABLE[wire as keyof typeof LOCAL_TABLE];
        const rows = (await tableOf(wire).bulkGet(ids)) as (Record<string, unknown> | undefined)[];
        rows.forEach((row, i) => {
          const at = row && SYNCED_TABLES[local]?.editedAt(row);
          if (at) versions.set(`${wire}:${ids[i]}`, at);
        });
      }
      return versions;
    },
    async applyRemote(writes, cursor) {
      await db.transaction('rw', [db.jobs, db.stageEvents, db.syncState], async (tx) => {
        markRemote(tx as unknown as { idbtrans?: object });
        for (const write of writes) {
          if (write.decision.kind === 'delete') {
            await tableOf(write.table).delete(write.id);
            continue;
          }
          // A local job with the same canonical URL but another id (captured on two devices) fails the
          // unique index; caught, so one clash cannot block the rest. The server reports the clash on push.
          await tableOf(write.table)
            .put(write.decision.row)
            .catch((error: unknown) => console.warn('[sync] could not apply', write.table, write.id, error));
        }
        await db.syncState.put({ key: CURSOR_KEY, value: cursor });
      });
    },
    getCursor: async () => ((await db.syncState.get(CURSOR_KEY))?.value as string | null | undefined) ?? null,
  };
}
