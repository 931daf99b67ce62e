// POST /functions/v1/delete-my-data {confirm: "delete my data"}: removes every stored file and every row the
// caller owns on the server, as the caller (files through the Storage API with their token, rows through SQL
// as `authenticated` with their claims, so RLS limits both to them), and reports what went. Idempotent: a
// retry after a failure removes what is left. Local data in the browser is not touched from here.
import type pg from 'pg';
import { DELETE_CONFIRMATION, type DeletionReport } from '../../shared/account/delete-my-data.ts';
import { bearerToken, withAuth } from '../auth/middleware.ts';
import type { TokenVerifier, VerifiedClaims } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { withCors } from '../http/cors.ts';
import { json, jsonError } from '../http/json.ts';

export interface DeleteMyDataDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
  /** `${SUPABASE_URL}/storage/v1` */
  storageUrl: string;
  /** The project's publishable (anon) key, sent as `apikey` as supabase-js does; empty locally. */
  apiKey?: string;
  fetch?: typeof fetch;
}

const BUCKETS = ['resumes'];
const BATCH = 1000;

export function createDeleteMyDataHandler(deps: DeleteMyDataDeps): (request: Request) => Promise<Response> {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init));
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use POST');
      const body = (await request.json().catch(() => null)) as { confirm?: unknown } | null;
      if (body?.confirm !== DELETE_CONFIRMATION) {
        return jsonError(
          400,
          'confirmation_required',
          `Send {"confirm": "${DELETE_CONFIRMATION}"} to delete`,
        );
      }
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      const pool = deps.pool;
      const token = bearerToken(request) ?? '';
      let files: number;
      try {
        files = await removeFiles(pool, claims, token);
      } catch (error) {
        console.error('[delete-my-data] files', error);
        return jsonError(
          503,
          'storage_unavailable',
          `Stored files could not be deleted: ${message(error)}; nothing else was removed, try again`,
          { retryable: true },
        );
      }
      try {
        const rows = await asUser(pool, claims, (db) => removeRows(db));
        const report: DeletionReport = {
          files,
          rows,
          totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
        };
        return json(report);
      } catch (error) {
        console.error('[delete-my-data] rows', error);
        return jsonError(
          503,
          'database_unavailable',
          `Files are deleted (${files}); rows could not be: try again`,
          {
            files,
            retryable: true,
          },
        );
      }
    }),
  );

  async function removeFiles(pool: pg.Pool, claims: VerifiedClaims, token: string): Promise<number> {
    let removed = 0;
    for (const bucket of BUCKETS) {
      for (let round = 0; round < 1000; round++) {
        const names = await asUser(pool, claims, async (db) =>
          (
            await db.query<{ name: string }>(
              'select name from storage.objects where bucket_id = $1 order by name limit $2',
              [bucket, BATCH],
            )
          ).rows.map((r) => r.name),
        );
        if (names.length === 0) break;
        const response = await doFetch(`${deps.storageUrl}/object/${bucket}`, {
          method: 'DELETE',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            ...(deps.apiKey ? { apikey: deps.apiKey } : {}),
          },
          body: JSON.stringify({ prefixes: names }),
        });
        const result = (await response.json().catch(() => null)) as unknown;
        if (!response.ok || !Array.isArray(result)) {
          throw new Error(`Storage answered ${response.status} ${JSON.stringify(result)}`);
        }
        if (result.length === 0) throw new Error(`Storage deleted none of ${names.length} file(s) it lists`);
        removed += result.length;
      }
    }
    return removed;
  }
}

/** Every public table with a user_id the caller may delete from; counts before and after give cascades too. */
async function removeRows(db: pg.PoolClient): Promise<Record<string, number>> {
  const tables = (
    await db.query<{ table: string }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and has_table_privilege(c.oid, 'SELECT')
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped)
       order by c.relname`,
    )
  ).rows.map((r) => r.table);
  const count = async (table: string) =>
    Number(
      (await db.query<{ n: string }>(`select count(*) as n from public.${quote(table)}`)).rows[0]?.n ?? 0,
    );
  const before = new Map<string, number>();
  for (const table of tables) before.set(table, await count(table));
  // Parents first: jobs and applications cascade to their histories and logs (which the user cannot delete one by one).
  const order = ['jobs', 'applications', ...tables.filter((t) => t !== 'jobs' && t !== 'applications')];
  for (const table of order) {
    if (!tables.includes(table)) continue;
    const deletable = await db.query<{ ok: boolean }>(
      `select has_table_privilege('public.' || $1, 'DELETE') as ok`,
      [quote(table)],
    );
    if (deletable.rows[0]?.ok)
      await db.query(`delete from public.${quote(table)} where user_id = auth.jwt() ->> 'sub'`);
  }
  const removed: Record<string, number> = {};
  for (const table of tables) {
    const gone = (before.get(table) ?? 0) - (await count(table));
    if (gone > 0) removed[table] = gone;
  }
  return removed;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
