// The worker and the webhook act as the service role (bypasses RLS), so every query states the owner
// itself: rows are always matched on (id, user_id) taken from the queue item, never from the caller.
import type pg from 'pg';
import { inTransaction } from '../db/pool.ts';

export function asService<T>(pool: pg.Pool, work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, { role: 'service_role' }, work);
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
