// GET /functions/v1/analytics: the caller's pipeline figures computed in SQL as the caller (issue 16).
// Thin shell: read env, build, serve. Clerk JWTs are verified in the handler (verify_jwt = false).
import { createAnalyticsHandler } from '../../../backend/analytics/handler.ts';
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createPool } from '../../../backend/db/pool.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv((name) => Deno.env.get(name)));

export default {
  fetch: createAnalyticsHandler({ pool: dbUrl ? createPool(dbUrl, 2) : undefined, verify }),
};
