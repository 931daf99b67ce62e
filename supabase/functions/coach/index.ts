// POST /functions/v1/coach: coach sharing (invite, redeem, list, pause/resume/end, a client's read-only
// pipeline, coach notes) as the verified caller under RLS. Thin shell: read env, build, serve.
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createCoachHandler } from '../../../backend/coach/handler.ts';
import { createPool } from '../../../backend/db/pool.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv((name) => Deno.env.get(name)));

export default {
  fetch: createCoachHandler({ pool: dbUrl ? createPool(dbUrl, 2) : undefined, verify }),
};
