// The full-profile case of tests/bench/sync.ts: 5,000 jobs with their stage events and matches, a full
// profile (normalized parts), 10 documents' metadata, personas, saved answers, and notes, contacts,
// artifacts, material choices and receipts for one job in ten. Pushes table by table (dependency order),
// pulls everything on a fresh device attributing each page's time to its tables, and times the first
// sign-in restore (the restore step list; Storage's file step joins it later).
import { randomUUID } from 'node:crypto';
import { type EngineOptions, emptyReport, type OutboxEntry } from '../../shared/sync/engine.ts';
import { SYNC_TABLES, type SyncTable } from '../../shared/sync/protocol.ts';
import { recordsStep, runRestore, tableCounter } from '../../shared/sync/restore.ts';
import type { SyncTransport } from '../../shared/sync/transport.ts';
import { arrayEngine } from '../integration/support/array-engine.ts';
import { userRecords } from '../integration/support/user-records.ts';

const engineFor = (transport: SyncTransport, outbox: OutboxEntry[], onPulled?: EngineOptions['onPulled']) =>
  arrayEngine(transport, outbox, { onPulled });

const PER_JOB = new Set<SyncTable>([
  'job_notes',
  'job_contacts',
  'interview_prep',
  'offers',
  'ai_artifacts',
  'job_materials',
  'receipts',
]);

/** `jobsAndEvents(n)` builds the jobs and their capture events as outbox entries (sync.ts's builder). */
export async function benchFullProfile(
  transportFor: (user: string) => SyncTransport,
  jobsAndEvents: (n: number) => OutboxEntry[],
  jobCount = 5000,
): Promise<void> {
  const user = `user_bench_full_${randomUUID().slice(0, 8)}`;
  const transport = transportFor(user);
  const pipeline = jobsAndEvents(jobCount);
  const jobIds = pipeline.filter((e) => e.table === 'jobs').map((e) => e.id);
  const someJobs = new Set(jobIds.filter((_, i) => i % 10 === 0));
  const at = new Date().toISOString();
  const records = userRecords(jobIds, at, { documents: 10 }).filter(
    (r) => !PER_JOB.has(r.table) || someJobs.has(String(r.row.jobId)),
  );
  const byTable = new Map<SyncTable, OutboxEntry[]>();
  for (const e of pipeline) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e]);
  for (const r of records) {
    const list = byTable.get(r.table) ?? [];
    list.push({ seq: 0, id: r.id, table: r.table, op: 'upsert', row: r.row, updated_at: r.updatedAt });
    byTable.set(r.table, list);
  }
  const total = [...byTable.values()].reduce((n, list) => n + list.length, 0);
  console.log(
    `\nfull profile: ${jobCount} jobs, a full profile, 10 documents; ${total} records in ${byTable.size} tables`,
  );
  console.log('push per table (dependency order; jobs carry their stage events):');
  const row = (label: string, items: number, ms: number, extra = '') =>
    console.log(
      `  ${label.padEnd(16)} ${String(items).padStart(6)} items ${ms.toFixed(0).padStart(7)} ms ${((ms * 1000) / Math.max(items, 1)).toFixed(0).padStart(6)} µs/item${extra}`,
    );
  for (const table of SYNC_TABLES) {
    if (table === 'stage_events') continue;
    // Jobs go with their stage events, interleaved as a device's outbox holds them.
    const source = table === 'jobs' ? pipeline : (byTable.get(table) ?? []);
    const entries = source.map((e, i) => ({ ...e, seq: i + 1 }));
    const items = entries.length; // the engine empties `entries` as the server answers
    const report = emptyReport();
    const started = performance.now();
    await engineFor(transport, entries).pushAll(report);
    if (report.rejected.length > 0) throw new Error(`${table}: ${report.rejected[0]?.reason}`);
    row(
      table === 'jobs' ? 'jobs+events' : table,
      items,
      performance.now() - started,
      `  ${report.requests} round trips`,
    );
  }

  // Pull on a fresh device, each page's time split over its tables by row count.
  const pullMs = new Map<SyncTable, number>();
  const counts = new Map<SyncTable, number>();
  let pageStart = performance.now();
  const timed = engineFor(transport, [], (page) => {
    const ms = performance.now() - pageStart;
    for (const change of page) {
      pullMs.set(change.table, (pullMs.get(change.table) ?? 0) + ms / page.length);
      counts.set(change.table, (counts.get(change.table) ?? 0) + 1);
    }
    pageStart = performance.now();
  });
  const pullReport = emptyReport();
  const pullStarted = performance.now();
  await timed.pullAll(pullReport);
  const pullTotal = performance.now() - pullStarted;
  console.log(`pull per table (fresh device, ${pullReport.requests} pages; page time split by rows):`);
  for (const table of SYNC_TABLES) row(table, counts.get(table) ?? 0, pullMs.get(table) ?? 0);
  if (pullReport.pulled !== total) throw new Error(`pulled ${pullReport.pulled}, expected ${total}`);

  // First sign-in restore: the step list a device runs (records now; Storage's files join as a step).
  const counter = tableCounter();
  const device = engineFor(transport, [], counter.count);
  let updates = 0;
  const restoreStarted = performance.now();
  await runRestore([recordsStep(device, counter)], () => {
    updates++;
  });
  const restoreMs = performance.now() - restoreStarted;
  console.log(
    `first sign-in restore: ${counter.total()} records in ${restoreMs.toFixed(0)} ms (${updates} progress updates; ` +
      `pull alone ${pullTotal.toFixed(0)} ms; files not included: Storage step not joined yet)`,
  );
}
