// /functions/v1/process-queue: the submission worker (service role), called by pg_cron + pg_net on hosted
// Supabase and by the local stack's timer. Authorised by QUEUE_WORKER_SECRET. Thin shell.
import { createPool } from '../../../backend/db/pool.ts';
import { queueConfigFromEnv } from '../../../backend/queue/config.ts';
import { createWorkerHandler } from '../../../backend/queue/worker.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const config = queueConfigFromEnv((name) => Deno.env.get(name));

export default { fetch: createWorkerHandler({ pool: dbUrl ? createPool(dbUrl, 8) : undefined, config }) };
