// POST /object/list/{bucket} {prefix, limit, offset, search, sortBy}: one level of a "folder", as the Storage
// server's storage.search() answers it: sub-folders first-class entries with id null, then files. Runs as
// the caller, so the read policy decides which names exist for them.
import type pg from 'pg';
import type { VerifiedClaims } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { json } from '../http/json.ts';
import { fromPostgres, storageErrorResponse, storageErrors } from './errors.ts';

interface ListBody {
  prefix?: unknown;
  limit?: unknown;
  offset?: unknown;
  search?: unknown;
  sortBy?: { column?: unknown; order?: unknown };
}

const SORTABLE = new Set(['name', 'updated_at', 'created_at', 'last_accessed_at']);

export async function listObjects(pool: pg.Pool, claims: VerifiedClaims, request: Request, bucket: string) {
  const body = ((await request.json().catch(() => null)) ?? {}) as ListBody;
  if (typeof body.prefix !== 'string') {
    return storageErrorResponse(storageErrors.invalidRequest("body must have required property 'prefix'"));
  }
  const prefix = body.prefix.replace(/^\/+|\/+$/g, '');
  const limit = Math.min(Math.max(Number(body.limit ?? 100) || 100, 1), 1000);
  const offset = Math.max(Number(body.offset ?? 0) || 0, 0);
  const search = typeof body.search === 'string' ? body.search : '';
  const column = SORTABLE.has(String(body.sortBy?.column)) ? String(body.sortBy?.column) : 'name';
  const order = String(body.sortBy?.order).toLowerCase() === 'desc' ? 'desc' : 'asc';
  const depth = prefix ? prefix.split('/').length + 1 : 1;
  try {
    const rows = await asUser(
      pool,
      claims,
      async (db) =>
        (
          await db.query(
            `with level as (
             select split_part(name, '/', $3) as entry, (array_length(string_to_array(name, '/'), 1) > $3) as folder,
                    id, updated_at, created_at, last_accessed_at, metadata
             from storage.objects
             where bucket_id = $1 and ($2 = '' or starts_with(name, $2 || '/'))
           )
           select distinct on (entry, folder) entry as name,
                  case when folder then null else id end as id,
                  case when folder then null else updated_at end as updated_at,
                  case when folder then null else created_at end as created_at,
                  case when folder then null else last_accessed_at end as last_accessed_at,
                  case when folder then null else metadata end as metadata
           from level where entry ilike $4 || '%'
           order by entry, folder`,
            [bucket, prefix, depth, search.replace(/[\\%_]/g, '\\$&')],
          )
        ).rows as Array<Record<string, unknown>>,
    );
    const sorted = rows.sort((a, b) => {
      const x = String(a[column] ?? '');
      const y = String(b[column] ?? '');
      return order === 'asc' ? x.localeCompare(y) : y.localeCompare(x);
    });
    return json(sorted.slice(offset, offset + limit));
  } catch (error) {
    return storageErrorResponse(fromPostgres(error));
  }
}
