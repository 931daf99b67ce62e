// POST /functions/v1/generate-materials: tailored materials through a hosted model provider, grounded
// in the profile. Thin shell: read env, build, serve. Provider keys live only in this function's env.
import { authConfigFromEnv } from '../../../backend/auth/config.ts';
import { verifierFromEnv } from '../../../backend/auth/verify.ts';
import { createPool } from '../../../backend/db/pool.ts';
import { materialsConfigFromEnv } from '../../../backend/materials/config.ts';
import { createMaterialsHandler } from '../../../backend/materials/handler.ts';

const env = (name: string) => Deno.env.get(name);
const dbUrl = env('SUPABASE_DB_URL');
const verify = verifierFromEnv(() => authConfigFromEnv(env));

export default {
  fetch: createMaterialsHandler({
    pool: dbUrl ? createPool(dbUrl, 4) : undefined,
    verify,
    config: materialsConfigFromEnv(env),
  }),
};
