// The real sync engine over an in-memory outbox (the array, emptied in place as pushes land) and a replica
// that keeps only its cursor: for tests and benches that drive the real function without a browser.
import { type EngineOptions, type OutboxEntry, SyncEngine } from '../../../shared/sync/engine.ts';
import type { SyncTransport } from '../../../shared/sync/transport.ts';

export function arrayEngine(
  transport: SyncTransport,
  outbox: OutboxEntry[],
  options: Partial<Omit<EngineOptions, 'transport' | 'outbox' | 'replica'>> = {},
): SyncEngine {
  let cursor: string | null = null;
  return new SyncEngine({
    ...options,
    transport,
    outbox: {
      peek: async (limit) => outbox.slice(0, limit),
      remove: async (seqs) => {
        const gone = new Set(seqs);
        outbox.splice(0, outbox.length, ...outbox.filter((e) => !gone.has(e.seq)));
      },
      pendingKeys: async () => new Set(outbox.map((e) => `${e.table}:${e.id}`)),
    },
    replica: {
      localVersions: async () => new Map(),
      applyRemote: async (_writes, next) => {
        cursor = next;
      },
      getCursor: async () => cursor,
    },
  });
}
