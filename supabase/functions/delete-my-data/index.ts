// POST /functions/v1/delete-my-data: removes the caller's files and rows on the server, as the caller.
// Thin shell: read env, build, serve. Clerk JWTs are verified in the handler (verify_jwt = false).
import { createDeleteMyDataHandler } from '../../../backend/account/delete-my-data.ts';
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createPool } from '../../../backend/db/pool.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv((name) => Deno.env.get(name)));

export default {
  fetch: createDeleteMyDataHandler({
    pool: dbUrl ? createPool(dbUrl, 2) : undefined,
    verify,
    storageUrl: `${Deno.env.get('SUPABASE_URL') ?? ''}/storage/v1`,
    apiKey: Deno.env.get('SUPABASE_ANON_KEY') ?? '',
  }),
};
