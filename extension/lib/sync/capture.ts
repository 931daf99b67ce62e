// Outbox capture as a Dexie DBCore middleware: every add/put/delete on a synced table queues
// {id, table, op, row, updated_at} in the SAME IndexedDB transaction (the middleware widens read-write
// transactions to include `outbox`), so no service changes and no write can be lost between the two.
// Writes made by sync itself (pulled rows) are marked and not queued back.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import { KEEPS_DELETES_LOCAL } from '../../../shared/sync/records.ts';
import type { OutboxRow } from '../db/database.ts';
import { SYNCED_TABLES } from './tables.ts';

const remoteWrites = new WeakSet<object>();

/** Runs `work` in a transaction whose writes are not queued (used to apply server versions). */
export function markRemote(tx: { idbtrans?: object }): void {
  remoteWrites.add(tx);
  if (tx.idbtrans) remoteWrites.add(tx.idbtrans);
}

function isRemote(req: DBCoreMutateRequest): boolean {
  const current = Dexie.currentTransaction as unknown as object | null;
  return remoteWrites.has(req.trans) || (current !== null && remoteWrites.has(current));
}

/**
 * A restored or imported row keeps its old updatedAt; queued with that time it would lose to the server's
 * tombstone or newer edit. A fresh edit's own time is kept (so the server stores exactly the local row).
 */
export function clockFor(editedAt: string | undefined, now: number): string {
  const edited = editedAt ? Date.parse(editedAt) : Number.NaN;
  return Number.isFinite(edited) && edited > now - 60_000
    ? new Date(edited).toISOString()
    : new Date(now).toISOString();
}

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type !== 'deleteRange') return [];
  const { result } = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return result;
}

export interface CaptureOptions {
  /** Called after a write was queued (the runner schedules a push). */
  onQueued?: () => void;
  /** False while sync is off: nothing is queued, so the outbox cannot grow for a user without an account. */
  isCapturing?: () => boolean;
}

export function outboxCapture(options: CaptureOptions = {}): Middleware<DBCore> {
  const onQueued = options.onQueued ?? (() => undefined);
  const isCapturing = options.isCapturing ?? (() => true);
  return {
    stack: 'dbcore',
    name: 'jobraker-outbox',
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen =
            mode === 'readwrite' && !stores.includes('outbox') && stores.some((s) => s in SYNCED_TABLES);
          return down.transaction(widen ? [...stores, 'outbox'] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const synced = SYNCED_TABLES[name];
          if (!synced) return table;
          return {
            ...table,
            async mutate(req) {
              if (!isCapturing() || isRemote(req)) return table.mutate(req);
              // Only a range delete needs a read first: awaiting anything before mutate() outside an explicit
              // transaction loses Dexie's zone, and the write fails (a bulkPut of matches, say).
              const deletedKeys = KEEPS_DELETES_LOCAL.has(synced.wire)
                ? []
                : req.type === 'deleteRange'
                  ? await keysOf(table, req)
                  : req.type === 'delete'
                    ? req.keys
                    : [];
              const response = await table.mutate(req);
              const now = Date.now();
              const entries: OutboxRow[] = [];
              if (req.type === 'add' || req.type === 'put') {
                req.values.forEach((value: Record<string, unknown>, i: number) => {
                  if (response.failures[i]) return;
                  entries.push({
                    id: synced.idOf(value),
                    table: synced.wire,
                    op: 'upsert',
                    row: value,
                    updated_at: clockFor(synced.editedAt(value), now),
                  });
                });
              } else if (!KEEPS_DELETES_LOCAL.has(synced.wire)) {
                for (const key of deletedKeys) {
                  entries.push({
                    id: String(key),
                    table: synced.wire,
                    op: 'delete',
                    row: null,
                    updated_at: new Date(now).toISOString(),
                  });
                }
              }
              if (entries.length > 0) {
                await down.table('outbox').mutate({ type: 'add', trans: req.trans, values: entries });
                onQueued();
              }
              return response;
            },
          };
        },
      };
    },
  };
}
