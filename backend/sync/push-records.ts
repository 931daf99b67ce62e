// Pushes of the one-row-per-record tables (RecordSpec): the same rules as jobs. Last writer wins per record
// by the client's time; equal time = already stored (a re-sent batch changes nothing); older = conflict with
// the server's row; deletes are tombstones. Set-based writes, replayed row by row when one row fails.
import type { z } from 'zod';
import type { Change, PushResponse, Rejected } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import type { PushContext, RecordSpec, Row } from './records.ts';

const ID_CONFLICT = 'id_conflict: this id cannot be used for this record; save it under a new id';

export const issueText = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'row'}: ${issue?.message}`;
};

interface ServerRecord {
  id: string;
  at: string;
  deleted: boolean;
  row: Row;
}

interface Plan {
  inserts: Row[];
  updates: Row[];
  deletes: { id: string; at: string }[];
}

export async function applyRecords(
  db: Db,
  spec: RecordSpec,
  changes: Change[],
  ctx: PushContext,
  result: PushResponse,
): Promise<void> {
  if (changes.length === 0) return;
  const deleted = spec.tombstones ? 'deleted_at is not null' : 'false';
  const { rows } = await db.query<ServerRecord>(
    `select id, ${spec.clock}::text as at, ${deleted} as deleted, to_jsonb(t) - 'user_id' as row
       from public.${spec.table} t where id = any($1::uuid[])`,
    [changes.map((c) => c.id)],
  );
  const server = new Map(rows.map((r) => [r.id, r]));
  const plan: Plan = { inserts: [], updates: [], deletes: [] };
  for (const change of changes) planOne(spec, change, server.get(change.id), ctx, plan, result);
  await spec.beforeWrite?.(db, [...plan.inserts, ...plan.updates]);

  await db.query('savepoint records');
  const written: string[] = [];
  try {
    await writeAll(db, spec, plan, written, result.rejected);
  } catch {
    await db.query('rollback to savepoint records');
    written.length = 0;
    await writeOneByOne(db, spec, plan, written, result.rejected);
  }
  result.applied.push(...written);
}

function planOne(
  spec: RecordSpec,
  change: Change,
  existing: ServerRecord | undefined,
  ctx: PushContext,
  plan: Plan,
  result: PushResponse,
): void {
  const reject = (reason: string) => result.rejected.push({ id: change.id, table: spec.wire, reason });
  if (spec.immutable) {
    if (change.op === 'delete')
      return void reject('kept as history: generated material is never deleted by sync');
    if (existing) return void result.applied.push(change.id); // the same immutable record, already stored
  } else if (existing) {
    const current = Date.parse(existing.at);
    const incoming = Date.parse(change.updated_at);
    if (current > incoming) {
      result.conflicts.push({
        id: change.id,
        table: spec.wire,
        server_row: spec.fromServer(existing.row),
        server_updated_at: new Date(existing.at).toISOString(),
        deleted: existing.deleted,
      });
      return;
    }
    if (current === incoming) return void result.applied.push(change.id);
  }
  if (change.op === 'delete') {
    if (existing) plan.deletes.push({ id: change.id, at: change.updated_at });
    else result.applied.push(change.id); // never stored here: nothing for other devices to learn
    return;
  }
  const parsed = spec.schema.safeParse(change.row);
  if (!parsed.success) return void reject(`invalid ${spec.wire}: ${issueText(parsed.error)}`);
  if (spec.idOf(parsed.data) !== change.id) return void reject('row id differs from change id');
  (existing ? plan.updates : plan.inserts).push(spec.toServer(parsed.data, change.updated_at, ctx));
}

async function writeAll(db: Db, spec: RecordSpec, plan: Plan, written: string[], rejected: Rejected[]) {
  const table = `public.${spec.table}`;
  const cols = spec.columns.join(', ');
  // Tombstones first: a record deleted and another made in its place in one batch (a board unfollowed and
  // followed again) must not meet a unique index still holding the old one.
  if (plan.deletes.length > 0) {
    const { rows } = await db.query<{ id: string }>(
      `update ${table} t set deleted_at = r.at, updated_at = r.at
         from unnest($1::uuid[], $2::timestamptz[]) as r(id, at) where t.id = r.id returning t.id`,
      [plan.deletes.map((d) => d.id), plan.deletes.map((d) => d.at)],
    );
    written.push(...rows.map((r) => r.id));
  }
  if (plan.inserts.length > 0) {
    // Only an id clash is "another account's id"; any other unique index (one alert per board) fails the row
    // with its own name, below.
    const { rows } = await db.query<{ id: string }>(
      `insert into ${table} (${cols}) select ${cols} from jsonb_populate_recordset(null::${table}, $1::jsonb)
        on conflict (id) do nothing returning id`,
      [JSON.stringify(plan.inserts)],
    );
    const inserted = new Set(rows.map((r) => r.id));
    for (const row of plan.inserts) {
      const id = String(row.id);
      // Another account's id (RLS hides it): the same answer whatever its owner or existence.
      if (inserted.has(id)) written.push(id);
      else rejected.push({ id, table: spec.wire, reason: ID_CONFLICT });
    }
  }
  if (plan.updates.length > 0) {
    const set = spec.columns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = r.${c}`)
      .join(', ');
    const { rows } = await db.query<{ id: string }>(
      `update ${table} t set ${set} from jsonb_populate_recordset(null::${table}, $1::jsonb) r
        where t.id = r.id returning t.id`,
      [JSON.stringify(plan.updates)],
    );
    written.push(...rows.map((r) => r.id));
  }
}

async function writeOneByOne(db: Db, spec: RecordSpec, plan: Plan, written: string[], rejected: Rejected[]) {
  const none: Plan = { inserts: [], updates: [], deletes: [] };
  const single = [
    ...plan.deletes.map((d) => ({ id: d.id, plan: { ...none, deletes: [d] } })),
    ...plan.inserts.map((r) => ({ id: String(r.id), plan: { ...none, inserts: [r] } })),
    ...plan.updates.map((r) => ({ id: String(r.id), plan: { ...none, updates: [r] } })),
  ];
  for (const one of single) {
    await db.query('savepoint row');
    try {
      await writeAll(db, spec, one.plan, written, rejected);
      await db.query('release savepoint row');
    } catch (error) {
      await db.query('rollback to savepoint row');
      rejected.push({ id: one.id, table: spec.wire, reason: (error as Error).message });
    }
  }
}
