// /functions/v1/queue-application: approve → queue, withdraw, record a result, list. Thin shell.
// Clerk JWTs are verified in the handler (verify_jwt = false in config.toml); SQL runs as the user under RLS.
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createPool } from '../../../backend/db/pool.ts';
import { createEnqueueHandler } from '../../../backend/queue/enqueue.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv((name) => Deno.env.get(name)));

export default { fetch: createEnqueueHandler({ pool: dbUrl ? createPool(dbUrl, 4) : undefined, verify }) };
