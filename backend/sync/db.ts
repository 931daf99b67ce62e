// The one capability sync needs from a connection: parameterized queries (a pg.PoolClient in a user
// transaction; see backend/db/pool.ts asUser).
export interface Db {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** Serializes one user's sync writes and lets pulls wait for in-flight pushes, so sync_seq is seen in order. */
export async function lockUserSync(db: Db, mode: 'push' | 'pull'): Promise<void> {
  const fn = mode === 'push' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  await db.query(`select ${fn}(hashtextextended('jobraker.sync:' || (auth.jwt() ->> 'sub'), 0))`);
}
