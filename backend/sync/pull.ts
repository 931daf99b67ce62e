// Pull: the user's rows written after a cursor, in server write order (sync_seq), tombstones included.
// RLS limits every select to the caller's rows; (user_id, sync_seq) indexes serve both branches.
import type { PulledChange, PullResponse } from '../../shared/sync/protocol.ts';
import type { Db } from './db.ts';
import { jobFromServer, stageEventFromServer } from './tables.ts';

interface PulledRow {
  tbl: 'jobs' | 'stage_events';
  seq: string; // bigint: node-postgres returns it as a string
  row: Record<string, unknown>;
  aliases: string[] | null;
}

export const PULL_SQL = `
  (select 'jobs' as tbl, j.sync_seq as seq, to_jsonb(j) - 'user_id' as row,
          coalesce((select array_agg(a.url order by a.created_at) from public.job_aliases a where a.job_id = j.id), '{}') as aliases
     from public.jobs j where j.sync_seq > $1 order by j.sync_seq limit $2)
  union all
  (select 'stage_events', e.sync_seq, to_jsonb(e) - 'user_id', null
     from public.job_stage_events e where e.sync_seq > $1 order by e.sync_seq limit $2)
  order by seq limit $2`;

export const DEFAULT_PULL_LIMIT = 500;

export function parseCursor(since: string | null | undefined): bigint | null {
  if (since == null || since === '') return 0n;
  return /^\d{1,19}$/.test(since) ? BigInt(since) : null;
}

export async function pullSince(db: Db, since: bigint, limit = DEFAULT_PULL_LIMIT): Promise<PullResponse> {
  const { rows } = await db.query<PulledRow>(PULL_SQL, [since.toString(), limit + 1]);
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
  return { changes, cursor: last ? last.seq : since.toString(), more: rows.length > limit };
}
