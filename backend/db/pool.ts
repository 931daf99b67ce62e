import pg from 'pg';

/** The slice of node-postgres the handlers use, so tests can pass a fake. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/**
 * One small pool per function instance. Short timeouts: a function must answer "database down"
 * quickly instead of hanging the extension's request.
 */
export function createPool(connectionString: string, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 10_000,
  });
  // An idle client losing its server (backend restart) must not crash the function.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Per-transaction limit for user requests. The pool logs in as `postgres`, so the `authenticated` role's own
 * statement_timeout (8 s on hosted projects) never applies: without this a request could run unbounded.
 */
export const STATEMENT_TIMEOUT_MS = 8_000;

export type JwtClaims = { sub?: string; role?: string } & Record<string, unknown>;

/**
 * Runs `work` in one transaction as the database role the token names, with `request.jwt.claims` set,
 * exactly as PostgREST does, so row-level security applies. Only `authenticated` is honoured;
 * any other role claim runs as `anon`.
 */
export async function asUser<T>(
  pool: pg.Pool,
  claims: JwtClaims,
  work: (db: pg.PoolClient) => Promise<T>,
  statementTimeoutMs = STATEMENT_TIMEOUT_MS,
) {
  const role = claims.role === 'authenticated' ? 'authenticated' : 'anon';
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      "select set_config('role', $1, true), set_config('request.jwt.claims', $2, true), set_config('statement_timeout', $3, true)",
      [role, JSON.stringify(claims), String(statementTimeoutMs)],
    );
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
