// The worker and the webhook act as the service role (bypasses RLS), so every query states the owner
// itself: rows are always matched on (id, user_id) taken from the queue item, never from the caller.
import type pg from 'pg';

export async function asService<T>(pool: pg.Pool, work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('role', 'service_role', true)");
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

export interface QueueItem {
  id: string;
  user_id: string;
  application_id: string;
  status: string;
  attempts: number;
  max_attempts: number;
  idempotency_key: string;
  create_started_at: Date | null;
  run_id: string | null;
}
