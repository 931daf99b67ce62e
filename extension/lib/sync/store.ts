// The engine's storage interfaces over the extension's Dexie database.
import type { OutboxEntry, OutboxStore, ReplicaStore } from '../../../shared/sync/engine.ts';
import { recordKey, SINGLETON_TABLES, type SyncTable } from '../../../shared/sync/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { markRemote } from './capture.ts';
import { noteReplacedProfile } from './replaced-profile.ts';
import { CURSOR_KEY, LOCAL_TABLE, SYNCED_LOCAL_TABLES, SYNCED_TABLES } from './tables.ts';

export function dexieOutbox(db: JobrakerDatabase): OutboxStore {
  return {
    peek: async (limit) => (await db.outbox.orderBy('seq').limit(limit).toArray()) as OutboxEntry[],
    remove: (seqs) => db.outbox.bulkDelete(seqs),
    pendingKeys: async () => {
      const keys = (await db.outbox.orderBy('[table+id]').uniqueKeys()) as unknown as [string, string][];
      return new Set(keys.map(([table, id]) => recordKey(table, id)));
    },
  };
}

export function dexieReplica(db: JobrakerDatabase): ReplicaStore {
  const tableOf = (wire: string) => {
    const name = LOCAL_TABLE[wire as SyncTable];
    if (!name) throw new Error(`No local table for ${wire}`);
    return db.table(name);
  };
  return {
    async localVersions(keys) {
      const versions = new Map<string, string>();
      for (const wire of new Set(keys.map((k) => k.table))) {
        const ids = keys.filter((k) => k.table === wire).map((k) => k.id);
        const spec = SYNCED_TABLES[LOCAL_TABLE[wire as SyncTable]];
        // The profile is one record whatever its id on this device.
        const rows = (
          SINGLETON_TABLES.has(wire as SyncTable)
            ? [await tableOf(wire).toCollection().first()]
            : await tableOf(wire).bulkGet(ids)
        ) as (Record<string, unknown> | undefined)[];
        rows.forEach((row, i) => {
          const at = row && spec?.editedAt(row);
          if (at) versions.set(recordKey(wire, ids[i] ?? ''), at);
        });
      }
      return versions;
    },
    async applyRemote(writes, cursor) {
      await db.transaction('rw', [...SYNCED_LOCAL_TABLES, 'syncState'], async (tx) => {
        markRemote(tx as unknown as { idbtrans?: object });
        for (const write of writes) {
          const table = tableOf(write.table);
          if (write.decision.kind === 'delete') {
            await table.delete(write.id);
            continue;
          }
          if (SINGLETON_TABLES.has(write.table as SyncTable)) {
            // The later edit wins; what this device's profile loses stays listed for the person to see.
            await noteReplacedProfile(db, await table.toCollection().first(), write.decision.row);
            await table.clear();
          }
          // A board followed on two devices before they synced: the server keeps one alert per board (it refuses
          // this device's own on push), so the pulled one replaces it here and later edits arrive.
          if (write.table === 'job_alerts')
            await table
              .where('boardKey')
              .equals(String(write.decision.row.boardKey))
              .and((alert: { id: string }) => alert.id !== write.id)
              .delete();
          // A local job with the same canonical URL but another id (captured on two devices) fails the
          // unique index; caught, so one clash cannot block the rest. The server reports the clash on push.
          await table
            .put(write.decision.row)
            .catch((error: unknown) => console.warn('[sync] could not apply', write.table, write.id, error));
        }
        await db.syncState.put({ key: CURSOR_KEY, value: cursor });
      });
    },
    getCursor: async () => ((await db.syncState.get(CURSOR_KEY))?.value as string | null | undefined) ?? null,
  };
}
