// GET /functions/v1/health: proves HTTP → Deno → Postgres. Thin shell: read env, build, serve.
import { createPool } from '../../../backend/db/pool.ts';
import { createHealthHandler } from '../../../backend/http/health.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');

export default { fetch: createHealthHandler({ db: dbUrl ? createPool(dbUrl, 1) : undefined }) };
