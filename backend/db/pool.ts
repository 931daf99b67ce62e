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
 * Runs `work` in one transaction on a client of its own, with each of `settings` set local to that
 * transaction (`set_config(name, value, true)`): committed when `work` returns, rolled back when it throws.
 * The one place that knows how a role-scoped transaction begins and ends.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  settings: Record<string, string>,
  work: (db: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const names = Object.keys(settings);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `select ${names.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`,
      names.flatMap((name) => [name, settings[name]]),
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

/**
 * Runs `work` in one transaction as the database role the token names, with `request.jwt.claims` set,
 * exactly as PostgREST does, so row-level security applies. Only `authenticated` is honoured;
 * any other role claim runs as `anon`.
 */
export function asUser<T>(
  pool: pg.Pool,
  claims: JwtClaims,
  work: (db: pg.PoolClient) => Promise<T>,
  statementTimeoutMs = STATEMENT_TIMEOUT_MS,
) {
  const role = claims.role === 'authenticated' ? 'authenticated' : 'anon';
  const settings = {
    role,
    'request.jwt.claims': JSON.stringify(claims),
    statement_timeout: String(statementTimeoutMs),
  };
  return inTransaction(pool, settings, work);
}
