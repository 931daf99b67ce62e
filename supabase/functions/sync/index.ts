// POST /functions/v1/sync: push outbox batches and pull changes since a cursor. Thin shell: read env,
// build, serve. Clerk JWTs are verified in the handler (verify_jwt = false in config.toml).
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createPool } from '../../../backend/db/pool.ts';
import { createSyncHandler } from '../../../backend/sync/handler.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv((name) => Deno.env.get(name)));

export default { fetch: createSyncHandler({ pool: dbUrl ? createPool(dbUrl, 4) : undefined, verify }) };
