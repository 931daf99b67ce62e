// POST /functions/v1/sync  {action:'push', changes} | {action:'pull', since, limit}
// also POST /sync/push, POST /sync/pull and GET /sync/pull?since=&limit= (action from the path).
// Verified Clerk user only; every statement runs as that user under RLS, never as the service role.
import type pg from 'pg';
import { MAX_PUSH_BYTES, SYNC_TABLES, SyncRequest, SyncTable } from '../../shared/sync/protocol.ts';
import { withAuth } from '../auth/middleware.ts';
import type { TokenVerifier, VerifiedClaims } from '../auth/verify.ts';
import { asUser, STATEMENT_TIMEOUT_MS } from '../db/pool.ts';
import { BodyTooLargeError, readCappedText } from '../http/body.ts';
import { withCors } from '../http/cors.ts';
import { invalidRequest, json, jsonError } from '../http/json.ts';
import { lockUserSync } from './db.ts';
import { DEFAULT_PULL_LIMIT, parseCursor, pullSince } from './pull.ts';
import { applyPush } from './push.ts';

export interface SyncDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
}

async function readRequest(request: Request): Promise<unknown> {
  const url = new URL(request.url);
  const fromPath = url.pathname.split('/').filter(Boolean)[1]; // /sync/<action>
  if (request.method === 'GET') {
    const limit = url.searchParams.get('limit');
    return {
      action: 'pull',
      since: url.searchParams.get('since'),
      ...(limit ? { limit: Number(limit) } : {}),
    };
  }
  const body = JSON.parse(await readCappedText(request, MAX_PUSH_BYTES)) as Record<string, unknown>;
  return fromPath && body && typeof body === 'object' && !('action' in body)
    ? { ...body, action: fromPath }
    : body;
}

export function createSyncHandler(deps: SyncDeps): (request: Request) => Promise<Response> {
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      if (request.method !== 'POST' && request.method !== 'GET') {
        return jsonError(405, 'method_not_allowed', 'Use POST (push or pull) or GET (pull)');
      }
      let raw: unknown;
      try {
        raw = await readRequest(request);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          return jsonError(
            413,
            'body_too_large',
            `Request body is over ${MAX_PUSH_BYTES} bytes; send fewer changes per push`,
            { limit: MAX_PUSH_BYTES },
          );
        }
        return jsonError(400, 'invalid_json', 'Body must be JSON');
      }
      const unknown = unknownTables(raw);
      if (unknown.length > 0) {
        return jsonError(400, 'unknown_table', `Cannot sync table(s): ${unknown.join(', ')}`, {
          tables: SYNC_TABLES,
        });
      }
      const parsed = SyncRequest.safeParse(raw);
      if (!parsed.success) {
        return invalidRequest(parsed.error, 'Request does not match the sync protocol');
      }
      const body = parsed.data;
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      const pool = deps.pool;
      try {
        if (body.action === 'push') {
          const changes = body.changes;
          return json(
            await asUser(pool, claims, async (db) => {
              await lockUserSync(db, 'push');
              return applyPush(db, changes);
            }),
          );
        }
        const since = parseCursor(body.since);
        if (since === null) {
          return jsonError(400, 'invalid_cursor', 'since must be a cursor from a previous pull');
        }
        const limit = body.limit ?? DEFAULT_PULL_LIMIT;
        return json(
          await asUser(pool, claims, async (db) => {
            await lockUserSync(db, 'pull');
            return pullSince(db, since, limit);
          }),
        );
      } catch (error) {
        // Retryable: the client keeps its outbox and tries again with backoff. The database's own text stays
        // in the function log; the caller learns what kind of failure it was, not the server's internals.
        console.error('[sync]', errorMessage(error));
        if ((error as { code?: string }).code === '57014') {
          return jsonError(
            503,
            'statement_timeout',
            `Sync took longer than ${STATEMENT_TIMEOUT_MS / 1000} s and was stopped; try again`,
            { retryable: true },
          );
        }
        return jsonError(503, 'database_unavailable', 'Sync could not reach the database; try again', {
          retryable: true,
        });
      }
    }),
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { VerifiedClaims };

/** Table names in a push that sync does not know (answered as `unknown_table`, naming them). */
function unknownTables(raw: unknown): string[] {
  const changes = (raw as { action?: unknown; changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return [];
  const tables = changes
    .map((c) => (c as { table?: unknown } | null)?.table)
    .filter((t) => typeof t === 'string');
  return [...new Set(tables)].filter((t) => !SyncTable.safeParse(t).success);
}
