// Runs one statement the way PostgREST and our functions do: in a transaction, as a database role,
// with `request.jwt.claims` set. Always rolled back, so attempts leave no trace.
import type pg from 'pg';

export type Outcome =
  | { ok: true; rows: Record<string, unknown>[]; rowCount: number }
  | { ok: false; code: string; message: string };

export interface Caller {
  role: 'authenticated' | 'anon';
  claims: Record<string, unknown> | null;
}

export const asUser = (sub: string): Caller => ({
  role: 'authenticated',
  claims: { sub, role: 'authenticated' },
});
export const anon: Caller = { role: 'anon', claims: null };

export async function attempt(
  pool: pg.Pool,
  caller: Caller,
  sql: string,
  params: unknown[] = [],
): Promise<Outcome> {
  return asCaller(pool, caller, async (db): Promise<Outcome> => {
    try {
      const result = await db.query(sql, params);
      return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
    } catch (error) {
      const failure = error as { code?: string; message: string };
      return { ok: false, code: failure.code ?? 'unknown', message: failure.message };
    }
  });
}

/** 42501 = insufficient_privilege: both "permission denied" and "violates row-level security policy". */
export const DENIED = '42501';

/** Several statements as one caller in one transaction, rolled back afterwards. */
export async function asCaller<T>(
  pool: pg.Pool,
  caller: Caller,
  work: (db: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)", [
      caller.role,
      caller.claims ? JSON.stringify(caller.claims) : '',
    ]);
    return await work(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

/** The error code a statement fails with, or 'ok'. Uses a savepoint so the transaction survives. */
export async function codeOf(db: pg.PoolClient, sql: string, params: unknown[] = []): Promise<string> {
  await db.query('savepoint attempt');
  try {
    await db.query(sql, params);
    await db.query('release savepoint attempt');
    return 'ok';
  } catch (error) {
    await db.query('rollback to savepoint attempt');
    return (error as { code?: string }).code ?? 'unknown';
  }
}
