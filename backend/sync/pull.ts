// Pull: the user's rows written after a cursor, in server write order (sync_seq), tombstones included.
// RLS limits every select to the caller's rows; (user_id, sync_seq) indexes serve every branch.
import {
  PULL_PAGE_BYTES,
  type PulledChange,
  type PullResponse,
  type SyncTable,
} from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { loadProfile } from './push-profile.ts';
import type { Row } from './records.ts';
import { RECORD_SPECS } from './specs.ts';
import { jobFromServer, stageEventFromServer } from './tables.ts';

interface PulledRow {
  tbl: SyncTable;
  seq: string; // bigint: node-postgres returns it as a string
  total: string; // rows in the page before the byte cut
  row: Row;
  aliases: string[] | null;
}

/** Each wire table's server table and which of its rows it carries. */
const SOURCES: { wire: SyncTable; table: string; where?: string }[] = [
  { wire: 'jobs', table: 'jobs' },
  { wire: 'stage_events', table: 'job_stage_events' },
  { wire: 'profiles', table: 'profiles' },
  ...Object.values(RECORD_SPECS).map((s) => ({ wire: s.wire, table: s.table, where: s.pullWhere })),
];

// Pick the page on narrow (seq, id, size) rows first, then build JSON for those rows only: computing to_jsonb
// below the sort would build it for every row after the cursor (a user with 20k jobs: ~0.5 s per page). The
// page also stops at $3 bytes of row text (the first row always comes), so one pull never carries more than
// about PULL_PAGE_BYTES plus one record, however large the rows.
export const PULL_SQL = `
  with page as (
    ${SOURCES.map(
      (s) => `(select '${s.wire}'::text as tbl, t.sync_seq as seq, t.id, octet_length(t::text) as bytes
      from public.${s.table} t where t.sync_seq > $1${s.where ? ` and ${s.where}` : ''} order by t.sync_seq limit $2)`,
    ).join('\n    union all\n    ')}
    order by seq limit $2),
  sized as (
    select p.*, sum(p.bytes) over (order by p.seq) - p.bytes as before, count(*) over () as total from page p)
  select p.tbl, p.seq, p.total,
         case p.tbl
           ${SOURCES.map((s) => `when '${s.wire}' then (select to_jsonb(t) - 'user_id' from public.${s.table} t where t.id = p.id)`).join('\n           ')}
         end as row,
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
  const changes: PulledChange[] = [];
  for (const r of page) changes.push(await toChange(db, r));
  const last = page.at(-1);
  // More waits when the page was cut by bytes or held one row beyond the limit.
  return {
    changes,
    cursor: last ? last.seq : since.toString(),
    more: Number(rows[0]?.total ?? 0) > page.length,
  };
}

async function toChange(db: Db, r: PulledRow): Promise<PulledChange> {
  const deleted = r.row.deleted_at != null;
  const op = deleted ? 'delete' : 'upsert';
  if (r.tbl === 'jobs') {
    const row = jobFromServer(r.row, r.aliases ?? []);
    return { id: String(row.id), table: 'jobs', op, row, updated_at: String(row.updatedAt) };
  }
  if (r.tbl === 'stage_events') {
    const row = stageEventFromServer(r.row);
    return { id: String(row.id), table: 'stage_events', op: 'upsert', row, updated_at: String(row.at) };
  }
  if (r.tbl === 'profiles') {
    // One per user and at most one per page: its parts are read with it.
    const profile = await loadProfile(db);
    const row = profile?.row ?? {};
    return { id: String(r.row.id), table: 'profiles', op: 'upsert', row, updated_at: String(profile?.at) };
  }
  const spec = RECORD_SPECS[r.tbl];
  if (!spec) throw new Error(`No pull mapping for ${r.tbl}`);
  const row = spec.fromServer(r.row);
  const at = new Date(String(r.row[spec.clock])).toISOString();
  return { id: spec.idOf(row), table: r.tbl, op, row, updated_at: at };
}
