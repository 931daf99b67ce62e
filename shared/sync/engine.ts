// The client half of sync, free of browser APIs: drain the outbox in batches, then pull since the cursor and
// apply what is newer. Storage and network come in through interfaces (Dexie + fetch in the extension).

import { toStorableText } from '../domain/limits.ts';
import { backoffDelay } from './backoff.ts';
import { decide } from './lww.ts';
import { keepRelatedTogether } from './outbox-batch.ts';
import {
  type Change,
  PUSH_BATCH_BYTES,
  type PulledChange,
  type PushResponse,
  type Rejected,
  recordKey,
} from './protocol.ts';
import { SyncError, type SyncTransport } from './transport.ts';

export interface OutboxEntry extends Change {
  /** Local queue order; entries leave the outbox only once the server answered for them. */
  seq: number;
}

export interface OutboxStore {
  /** Oldest entries first. */
  peek(limit: number): Promise<OutboxEntry[]>;
  /** Removes exactly these entries (a newer edit queued meanwhile stays). */
  remove(seqs: number[]): Promise<void>;
  /** Records with entries still waiting, as recordKey(table, id). */
  pendingKeys(): Promise<Set<string>>;
}

export interface LocalWrite {
  table: string;
  id: string;
  decision: { kind: 'put'; row: Record<string, unknown> } | { kind: 'delete' };
}

export interface ReplicaStore {
  /** Edit times of local rows, keyed recordKey(table, id) (absent = no local row). */
  localVersions(keys: { table: string; id: string }[]): Promise<Map<string, string>>;
  /** Writes server versions locally in one transaction, WITHOUT queueing them back into the outbox. */
  applyRemote(writes: LocalWrite[], cursor: string | null): Promise<void>;
  getCursor(): Promise<string | null>;
}

export interface EngineOptions {
  transport: SyncTransport;
  outbox: OutboxStore;
  replica: ReplicaStore;
  batchSize?: number;
  /** Bytes of JSON per push (default PUSH_BATCH_BYTES, under the server's body cap). */
  batchBytes?: number;
  pullLimit?: number;
  /** Retries of one request before the run gives up (the runner tries again later). */
  maxAttempts?: number;
  backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  sleep?: (ms: number) => Promise<void>;
  /** Called after each pulled page is applied (restore progress counts rows per table); awaited before the next page. */
  onPulled?: (changes: PulledChange[]) => void | Promise<void>;
}

export interface SyncReport {
  pushed: number;
  conflicts: number;
  rejected: Rejected[];
  pulled: number;
  applied: number;
  requests: number;
  retries: number;
}

/** A report with nothing counted yet; push and pull add to it. */
export const emptyReport = (): SyncReport => ({
  pushed: 0,
  conflicts: 0,
  rejected: [],
  pulled: 0,
  applied: 0,
  requests: 0,
  retries: 0,
});

export class SyncEngine {
  private readonly batchSize: number;
  private readonly batchBytes: number;
  private readonly pullLimit: number;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: EngineOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.batchBytes = options.batchBytes ?? PUSH_BATCH_BYTES;
    this.pullLimit = options.pullLimit ?? 500;
    this.maxAttempts = options.maxAttempts ?? 6;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Push everything queued, then pull everything new. Throws SyncError when a request keeps failing. */
  async syncOnce(): Promise<SyncReport> {
    const report = emptyReport();
    await this.pushAll(report);
    await this.pullAll(report);
    return report;
  }

  async pushAll(report: SyncReport): Promise<void> {
    const { outbox, transport } = this.options;
    for (;;) {
      const peeked = await outbox.peek(this.batchSize * 2);
      const batch = keepRelatedTogether(peeked, this.batchSize, this.batchBytes);
      if (batch.length === 0) return;
      // Text Postgres cannot store (NUL, a lone surrogate: never visible characters) is cleaned on the way
      // out, so the record syncs instead of being rejected and lost to the other devices.
      const changes: Change[] = batch.map(({ seq: _seq, ...change }) => toStorableText(change));
      const response = await this.withRetry(report, () => transport.push(changes));
      await this.settle(batch, response, report);
    }
  }

  private async settle(batch: OutboxEntry[], response: PushResponse, report: SyncReport): Promise<void> {
    const { outbox, replica } = this.options;
    // Server's newer versions replace ours locally (the outbox entry is then obsolete).
    const writes: LocalWrite[] = response.conflicts.map((c) => ({
      table: c.table,
      id: c.id,
      decision: c.deleted || !c.server_row ? { kind: 'delete' } : { kind: 'put', row: c.server_row },
    }));
    if (writes.length > 0) await replica.applyRemote(writes, await replica.getCursor());
    // Every entry got an answer (applied, conflict or rejected), so the whole batch leaves the outbox.
    await outbox.remove(batch.map((entry) => entry.seq));
    report.pushed += response.applied.length;
    report.conflicts += response.conflicts.length;
    report.rejected.push(...response.rejected);
  }

  async pullAll(report: SyncReport): Promise<void> {
    const { replica, transport, outbox } = this.options;
    let cursor = await replica.getCursor();
    for (;;) {
      const since = cursor;
      const page = await this.withRetry(report, () => transport.pull(since, this.pullLimit));
      report.pulled += page.changes.length;
      const writes = await this.decideAll(page.changes, await outbox.pendingKeys());
      report.applied += writes.length;
      if (writes.length > 0 || page.cursor !== cursor) await replica.applyRemote(writes, page.cursor);
      await this.options.onPulled?.(page.changes);
      cursor = page.cursor;
      if (!page.more) return;
    }
  }

  private async decideAll(changes: PulledChange[], pending: Set<string>): Promise<LocalWrite[]> {
    const versions = await this.options.replica.localVersions(
      changes.map(({ table, id }) => ({ table, id })),
    );
    const writes: LocalWrite[] = [];
    for (const change of changes) {
      const decision = decide(
        change,
        versions.get(recordKey(change.table, change.id)),
        pending.has(recordKey(change.table, change.id)),
      );
      if (decision.kind !== 'skip') writes.push({ table: change.table, id: change.id, decision });
    }
    return writes;
  }

  private async withRetry<T>(report: SyncReport, request: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      report.requests++;
      try {
        return await request();
      } catch (error) {
        const retryable = !(error instanceof SyncError) || error.retryable;
        if (!retryable || attempt >= this.maxAttempts) throw error;
        report.retries++;
        await this.sleep(backoffDelay(attempt, this.options.backoff));
      }
    }
  }
}
