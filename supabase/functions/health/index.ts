// GET /functions/v1/health: proves HTTP → Deno → Postgres. Thin shell: read env, build, serve.
import { createPool } from '../../../backend/db/pool.ts';
import { createHealthHandler } from '../../../backend/http/health.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');

// JOBRAKER_DEV_TOKEN_URL is set only by the local launcher (with JOBRAKER_DEV_TOKENS=1), never in a deploy.
export default {
  fetch: createHealthHandler({
    db: dbUrl ? createPool(dbUrl, 1) : undefined,
    devTokenUrl: Deno.env.get('JOBRAKER_DEV_TOKEN_URL') || undefined,
  }),
};
