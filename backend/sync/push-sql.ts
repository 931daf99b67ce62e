// Set-based writes for a push batch: one statement per kind of write, whatever the batch size.
import type { Db } from './db.ts';
import { JOB_COLUMNS } from './tables.ts';

export interface Write {
  id: string;
  canonicalUrl: string;
  /** Server-shape row (jobToServer). */
  row: Record<string, unknown>;
  /** New alias list when it changed; undefined = leave aliases alone. */
  aliases?: string[];
}

const COLS = JOB_COLUMNS.join(', ');
const SET = JOB_COLUMNS.filter((c) => c !== 'id')
  .map((c) => `${c} = r.${c}`)
  .join(', ');

const INSERT = `insert into public.jobs (${COLS})
  select ${COLS} from jsonb_populate_recordset(null::public.jobs, $1::jsonb)
  on conflict do nothing returning id`;
const UPDATE = `update public.jobs t set ${SET}
  from jsonb_populate_recordset(null::public.jobs, $1::jsonb) r where t.id = r.id returning t.id`;
const DELETE = `update public.jobs t set deleted_at = r.at, updated_at = r.at
  from unnest($1::uuid[], $2::timestamptz[]) as r(id, at) where t.id = r.id returning t.id`;
const CLEAR_ALIASES = `delete from public.job_aliases a
  where a.job_id = any($1::uuid[]) and not exists (
    select 1 from unnest($2::uuid[], $3::text[]) as k(job_id, url) where k.job_id = a.job_id and k.url = a.url)`;
const ADD_ALIASES = `insert into public.job_aliases (job_id, url)
  select job_id, url from unnest($1::uuid[], $2::text[]) as k(job_id, url) where url ~ '^https?://'
  on conflict do nothing`;

export async function writeInserts(db: Db, writes: Write[]): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>(INSERT, [JSON.stringify(writes.map((w) => w.row))]);
  const inserted = new Set(rows.map((r) => r.id));
  await writeAliases(
    db,
    writes.filter((w) => inserted.has(w.id)),
  );
  return inserted;
}

export async function writeUpdates(db: Db, writes: Write[]): Promise<string[]> {
  if (writes.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(UPDATE, [JSON.stringify(writes.map((w) => w.row))]);
  await writeAliases(db, writes);
  return rows.map((r) => r.id);
}

export async function writeDeletes(db: Db, deletes: { id: string; at: string }[]): Promise<string[]> {
  if (deletes.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(DELETE, [
    deletes.map((d) => d.id),
    deletes.map((d) => d.at),
  ]);
  return rows.map((r) => r.id);
}

async function writeAliases(db: Db, writes: Write[]): Promise<void> {
  const changed = writes.filter((w) => w.aliases !== undefined);
  if (changed.length === 0) return;
  const pairs = changed.flatMap((w) => (w.aliases ?? []).map((url) => [w.id, url] as const));
  const jobIds = pairs.map((p) => p[0]);
  const urls = pairs.map((p) => p[1]);
  await db.query(CLEAR_ALIASES, [changed.map((w) => w.id), jobIds, urls]);
  if (pairs.length > 0) await db.query(ADD_ALIASES, [jobIds, urls]);
}
