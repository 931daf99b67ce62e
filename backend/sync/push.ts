// Applies one pushed batch inside the caller's transaction (already running as the user, so RLS decides what
// exists and what may be written). Last writer wins per record by the client's updated_at; equal timestamps
// mean "already applied", which makes re-sending a batch a no-op.
import type { Change, Conflict, PushResponse, Rejected } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import {
  ClientJob,
  type ClientStageEvent,
  JOB_COLUMNS,
  jobFromServer,
  jobToServer,
  ClientStageEvent as StageEventSchema,
} from './tables.ts';

interface ServerJob {
  id: string;
  updated_at: string;
  deleted_at: string | null;
  stage: string;
  row: Record<string, unknown>;
  aliases: string[];
}

const COLS = JOB_COLUMNS.join(', ');
const SET_COLS = JOB_COLUMNS.filter((c) => c !== 'id').join(', ');
const INSERT_JOB = `insert into public.jobs (${COLS})
  select ${COLS} from jsonb_populate_record(null::public.jobs, $1::jsonb)
  on conflict do nothing returning id`;
const UPDATE_JOB = `update public.jobs t set (${SET_COLS}) =
  (select ${SET_COLS} from jsonb_populate_record(null::public.jobs, $1::jsonb)) where t.id = $2 returning id`;
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

export async function applyPush(db: Db, changes: Change[]): Promise<PushResponse> {
  const result: PushResponse = { applied: [], conflicts: [], rejected: [] };
  const batch = latestPerRecord(changes);
  const jobChanges = batch.filter((c) => c.table === 'jobs');
  const eventChanges = batch.filter((c) => c.table === 'stage_events');

  const { rows: found } = await db.query<ServerJob>(PREFETCH_JOBS, [jobChanges.map((c) => c.id)]);
  const server = new Map(found.map((row) => [row.id, row]));
  const events = pendingEvents(eventChanges);

  // Fast path: the whole batch without savepoints. A row that fails (a constraint) aborts the transaction, so
  // the batch is replayed with one savepoint per row to reject just that row.
  await db.query('savepoint batch');
  try {
    await writeJobs(db, jobChanges, server, events, result, false);
  } catch {
    await db.query('rollback to savepoint batch');
    result.applied.length = 0;
    result.conflicts.length = 0;
    result.rejected.length = 0;
    await writeJobs(db, jobChanges, server, events, result, true);
  }
  await settleEvents(db, eventChanges, result);
  return result;
}

type EventsByJob = Map<string, ClientStageEvent[]>;

function pendingEvents(changes: Change[]): EventsByJob {
  const byJob: EventsByJob = new Map();
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

async function writeJobs(
  db: Db,
  changes: Change[],
  server: Map<string, ServerJob>,
  events: EventsByJob,
  result: PushResponse,
  perRow: boolean,
): Promise<void> {
  for (const change of changes) {
    if (perRow) await db.query('savepoint row');
    try {
      await writeJob(db, change, server.get(change.id), events, result);
      if (perRow) await db.query('release savepoint row');
    } catch (error) {
      if (!perRow) throw error;
      await db.query('rollback to savepoint row');
      result.rejected.push({ id: change.id, table: 'jobs', reason: (error as Error).message });
    }
  }
}

async function writeJob(
  db: Db,
  change: Change,
  existing: ServerJob | undefined,
  events: EventsByJob,
  result: PushResponse,
): Promise<void> {
  const incoming = Date.parse(change.updated_at);
  if (existing) {
    const current = Date.parse(existing.updated_at);
    if (current > incoming) {
      result.conflicts.push(conflictOf(existing));
      return;
    }
    if (current === incoming) {
      result.applied.push(change.id); // already stored: a re-sent change
      return;
    }
  }
  if (change.op === 'delete') {
    if (existing) {
      await db.query('update public.jobs set deleted_at = $2, updated_at = $2 where id = $1', [
        change.id,
        change.updated_at,
      ]);
    }
    // Never stored here: nothing for other devices to learn.
    result.applied.push(change.id);
    return;
  }
  const parsed = ClientJob.safeParse(change.row);
  if (!parsed.success || parsed.data.id !== change.id) {
    const reason = parsed.success ? 'row.id differs from change id' : parsed.error.issues[0]?.message;
    result.rejected.push({ id: change.id, table: 'jobs', reason: `invalid job: ${reason}` });
    return;
  }
  const job = parsed.data;
  const serverRow = jobToServer({ ...job, updatedAt: change.updated_at }, null);
  const event =
    existing?.stage === job.stage ? undefined : events.get(job.id)?.findLast((e) => e.to === job.stage);
  if (event) await db.query("select set_config('jobraker.stage_event', $1, true)", [JSON.stringify(event)]);
  await db.query("select set_config('jobraker.stage_cause', 'sync', true)");
  const { rows } = existing
    ? await db.query(UPDATE_JOB, [JSON.stringify(serverRow), job.id])
    : await db.query(INSERT_JOB, [JSON.stringify(serverRow)]);
  if (event) await db.query("select set_config('jobraker.stage_event', '', true)");
  if (rows.length === 0) {
    result.rejected.push(await whyNotInserted(db, job.id, job.canonicalUrl));
    return;
  }
  if (!sameList(existing?.aliases ?? [], job.aliases)) await writeAliases(db, job.id, job.aliases);
  result.applied.push(job.id);
}

async function writeAliases(db: Db, jobId: string, urls: string[]): Promise<void> {
  await db.query('delete from public.job_aliases where job_id = $1 and not (url = any($2::text[]))', [
    jobId,
    urls,
  ]);
  await db.query(
    `insert into public.job_aliases (job_id, url) select $1, u from unnest($2::text[]) u
     where u ~ '^https?://' on conflict do nothing`,
    [jobId, urls],
  );
}

async function whyNotInserted(db: Db, id: string, canonicalUrl: string): Promise<Rejected> {
  const { rows } = await db.query<{ id: string }>(
    'select id from public.jobs where canonical_url = $1 and id <> $2',
    [canonicalUrl, id],
  );
  return rows[0]
    ? { id, table: 'jobs', reason: `duplicate_canonical_url: job ${rows[0].id} already has this URL` }
    : { id, table: 'jobs', reason: 'forbidden: this id belongs to another account' };
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

/** Stage history is written by the server's trigger; a pushed event is stored when its job move was. */
async function settleEvents(db: Db, changes: Change[], result: PushResponse): Promise<void> {
  if (changes.length === 0) return;
  const { rows } = await db.query<{ id: string }>(
    'select id from public.job_stage_events where id = any($1::uuid[])',
    [changes.map((c) => c.id)],
  );
  const stored = new Set(rows.map((r) => r.id));
  for (const change of changes) {
    if (stored.has(change.id)) result.applied.push(change.id);
    else if (change.op === 'delete') {
      result.rejected.push({ id: change.id, table: 'stage_events', reason: 'stage history is immutable' });
    } else {
      result.rejected.push({
        id: change.id,
        table: 'stage_events',
        reason: 'not recorded: no matching stage change of its job was pushed with it',
      });
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
