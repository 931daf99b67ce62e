// Pull: the user's rows written after a cursor, in server write order (sync_seq), tombstones included.
// RLS limits every select to the caller's rows; (user_id, sync_seq) indexes serve both branches.
import { PULL_PAGE_BYTES, type PulledChange, type PullResponse } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { jobFromServer, stageEventFromServer } from './tables.ts';

interface PulledRow {
  tbl: 'jobs' | 'stage_events';
  seq: string; // bigint: node-postgres returns it as a string
  total: string; // rows in the page before the byte cut
  row: Record<string, unknown>;
  aliases: string[] | null;
}

// Pick the page on narrow (seq, id, size) rows first, then build JSON for those rows only: computing to_jsonb
// below the sort would build it for every row after the cursor (a user with 20k jobs: ~0.5 s per page). The
// page also stops at $3 bytes of row text (the first row always comes), so one pull never carries more than
// about PULL_PAGE_BYTES plus one record, however large the rows.
export const PULL_SQL = `
  with page as (
    (select 'jobs' as tbl, j.sync_seq as seq, j.id, octet_length(j::text) as bytes from public.jobs j
      where j.sync_seq > $1 order by j.sync_seq limit $2)
    union all
    (select 'stage_events', e.sync_seq, e.id, octet_length(e::text) from public.job_stage_events e
      where e.sync_seq > $1 order by e.sync_seq limit $2)
    order by seq limit $2),
  sized as (
    select p.*, sum(p.bytes) over (order by p.seq) - p.bytes as before, count(*) over () as total from page p)
  select p.tbl, p.seq, p.total,
         case when p.tbl = 'jobs'
              then (select to_jsonb(j) - 'user_id' from public.jobs j where j.id = p.id)
              else (select to_jsonb(e) - 'user_id' from public.job_stage_events e where e.id = p.id) end as row,
         case when p.tbl = 'jobs'
              then coalesce((select array_agg(a.url order by a.created_at) from public.job_aliases a
                             where a.job_id = p.id), '{}') end as aliases
  from sized p where p.before < $3 order by p.seq`;

export const DEFAULT_PULL_LIMIT = 500;

const MAX_CURSOR = 2n ** 63n - 1n; // sync_seq is a bigint

export function parseCursor(since: string | null | undefined): bigint | null {
  if (since == null || since === '') return 0n;
  if (!/^\d{1,19}$/.test(since)) return null;
  const cursor = BigInt(since);
  return cursor <= MAX_CURSOR ? cursor : null;
}

export async function pullSince(
  db: Db,
  since: bigint,
  limit = DEFAULT_PULL_LIMIT,
  pageBytes = PULL_PAGE_BYTES,
): Promise<PullResponse> {
  const { rows } = await db.query<PulledRow>(PULL_SQL, [since.toString(), limit + 1, pageBytes]);
  const page = rows.slice(0, limit);
  const changes: PulledChange[] = page.map((r) => {
    if (r.tbl === 'jobs') {
      const row = jobFromServer(r.row, r.aliases ?? []);
      const deleted = r.row.deleted_at != null;
      return {
        id: String(row.id),
        table: 'jobs',
        op: deleted ? 'delete' : 'upsert',
        row,
        updated_at: String(row.updatedAt),
      };
    }
    const row = stageEventFromServer(r.row);
    return { id: String(row.id), table: 'stage_events', op: 'upsert', row, updated_at: String(row.at) };
  });
  const last = page.at(-1);
  // More waits when the page was cut by bytes or held one row beyond the limit.
  return {
    changes,
    cursor: last ? last.seq : since.toString(),
    more: Number(rows[0]?.total ?? 0) > page.length,
  };
}
