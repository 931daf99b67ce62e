import type { Change, Conflict, PushResponse, Rejected } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { clampFuture, storable, whyNotInserted } from './push-checks.ts';
import { type Write, writeDeletes, writeInserts, writeUpdates } from './push-sql.ts';
import { settleEvents } from './push-stage-events.ts';
import { applyOtherTables } from './specs.ts';
import { jobFromServer, jobToServer } from './tables.ts';
import { ClientJob, type ClientStageEvent, ClientStageEvent as StageEventSchema } from './tables-schemas.ts';

interface ServerJob {
  id: string;
  updated_at: string;
  deleted_at: string | null;
  stage: string;
  row: Record<string, unknown>;
  aliases: string[];
}

const PREFETCH_JOBS = `select j.id, j.updated_at::text, j.deleted_at::text, j.stage::text, to_jsonb(j) as row,
    coalesce((select array_agg(a.url order by a.created_at) from public.job_aliases a where a.job_id = j.id), '{}') as aliases
  from public.jobs j where j.id = any($1::uuid[])`;

/** Changes for one record collapse to the latest (an outbox may hold several edits of one row). */
function latestPerRecord(changes: Change[]): Change[] {
  const latest = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.table}:${change.id}`;
    const seen = latest.get(key);
    if (!seen || Date.parse(change.updated_at) >= Date.parse(seen.updated_at)) latest.set(key, change);
  }
  return [...latest.values()];
}

interface Plan {
  inserts: Write[];
  updates: Write[];
  deletes: { id: string; at: string }[];
  /** Device stage events to record with the job write that makes that move, keyed by job id. */
  events: Record<string, ClientStageEvent>;
}

export async function applyPush(db: Db, changes: Change[], now = Date.now()): Promise<PushResponse> {
  const result: PushResponse = { applied: [], conflicts: [], rejected: [] };
  const batch = storable(latestPerRecord(changes), result.rejected).map((c) => clampFuture(c, now));
  const jobChanges = batch.filter((c) => c.table === 'jobs');
  const eventChanges = batch.filter((c) => c.table === 'stage_events');

  const { rows: found } = await db.query<ServerJob>(PREFETCH_JOBS, [jobChanges.map((c) => c.id)]);
  const plan = planJobs(
    jobChanges,
    new Map(found.map((row) => [row.id, row])),
    eventsByJob(eventChanges),
    result,
  );
  await db.query(
    "select set_config('jobraker.stage_cause', 'sync', true), set_config('jobraker.stage_events', $1, true)",
    [JSON.stringify(plan.events)],
  );

  // Fast path: a few set-based statements for the whole batch. A row that fails a constraint aborts them,
  // so the batch is then replayed one row per savepoint to reject just that row.
  await db.query('savepoint batch');
  const written: string[] = [];
  try {
    await writeAll(db, plan, written, result.rejected);
  } catch {
    await db.query('rollback to savepoint batch');
    written.length = 0;
    await writeOneByOne(db, plan, written, result.rejected);
  }
  result.applied.push(...written);
  await settleEvents(db, eventChanges, result);
  await applyOtherTables(db, batch, result);
  return result;
}

function eventsByJob(changes: Change[]): Map<string, ClientStageEvent[]> {
  const byJob = new Map<string, ClientStageEvent[]>();
  for (const change of changes) {
    const parsed = StageEventSchema.safeParse(change.row);
    if (change.op === 'delete' || !parsed.success) continue; // settleEvents reports these
    const list = byJob.get(parsed.data.jobId) ?? [];
    list.push(parsed.data);
    byJob.set(parsed.data.jobId, list);
  }
  for (const list of byJob.values()) list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return byJob;
}

function planJobs(
  changes: Change[],
  server: Map<string, ServerJob>,
  events: Map<string, ClientStageEvent[]>,
  result: PushResponse,
): Plan {
  const plan: Plan = { inserts: [], updates: [], deletes: [], events: {} };
  for (const change of changes) {
    const existing = server.get(change.id);
    const incoming = Date.parse(change.updated_at);
    if (existing) {
      const current = Date.parse(existing.updated_at);
      if (current > incoming) {
        result.conflicts.push(conflictOf(existing));
        continue;
      }
      if (current === incoming) {
        result.applied.push(change.id); // already stored: a re-sent change
        continue;
      }
    }
    if (change.op === 'delete') {
      if (existing) plan.deletes.push({ id: change.id, at: change.updated_at });
      else result.applied.push(change.id); // never stored here: nothing for other devices to learn
      continue;
    }
    const parsed = ClientJob.safeParse(change.row);
    if (!parsed.success || parsed.data.id !== change.id) {
      const issue = parsed.success ? undefined : parsed.error.issues[0];
      const reason = issue
        ? `${issue.path.join('.') || 'row'}: ${issue.message}`
        : 'row.id differs from change id';
      result.rejected.push({ id: change.id, table: 'jobs', reason: `invalid job: ${reason}` });
      continue;
    }
    const job = parsed.data;
    const write: Write = {
      id: job.id,
      canonicalUrl: job.canonicalUrl,
      row: jobToServer({ ...job, updatedAt: change.updated_at }, null),
      aliases: sameList(existing?.aliases ?? [], job.aliases) ? undefined : job.aliases,
    };
    (existing ? plan.updates : plan.inserts).push(write);
    const event =
      existing?.stage === job.stage ? undefined : events.get(job.id)?.findLast((e) => e.to === job.stage);
    if (event) plan.events[job.id] = event;
  }
  return plan;
}

async function writeAll(db: Db, plan: Plan, written: string[], rejected: Rejected[]): Promise<void> {
  const inserted = await writeInserts(db, plan.inserts);
  for (const write of plan.inserts) {
    if (inserted.has(write.id)) written.push(write.id);
    else rejected.push(await whyNotInserted(db, write));
  }
  written.push(...(await writeUpdates(db, plan.updates)));
  written.push(...(await writeDeletes(db, plan.deletes)));
}

async function writeOneByOne(db: Db, plan: Plan, written: string[], rejected: Rejected[]): Promise<void> {
  const single = [
    ...plan.inserts.map((w) => ({
      id: w.id,
      run: () => writeAll(db, { ...plan, inserts: [w], updates: [], deletes: [] }, written, rejected),
    })),
    ...plan.updates.map((w) => ({
      id: w.id,
      run: () => writeAll(db, { ...plan, inserts: [], updates: [w], deletes: [] }, written, rejected),
    })),
    ...plan.deletes.map((d) => ({
      id: d.id,
      run: () => writeAll(db, { ...plan, inserts: [], updates: [], deletes: [d] }, written, rejected),
    })),
  ];
  for (const { id, run } of single) {
    await db.query('savepoint row');
    try {
      await run();
      await db.query('release savepoint row');
    } catch (error) {
      await db.query('rollback to savepoint row');
      rejected.push({ id, table: 'jobs', reason: (error as Error).message });
    }
  }
}

function conflictOf(existing: ServerJob): Conflict {
  return {
    id: existing.id,
    table: 'jobs',
    server_row: jobFromServer(existing.row, existing.aliases),
    server_updated_at: new Date(existing.updated_at).toISOString(),
    deleted: existing.deleted_at !== null,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
