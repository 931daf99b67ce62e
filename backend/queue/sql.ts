// The one capability the queue needs from a connection (a pg.PoolClient inside a transaction).
export interface Queryable {
  query<R = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: R[]; rowCount?: number | null }>;
}
