// /functions/v1/skyvern-webhook: Skyvern's signed task webhook (verify_jwt = false: Skyvern sends no JWT;
// the HMAC signature is the check). Thin shell.
import { createPool } from '../../../backend/db/pool.ts';
import { queueConfigFromEnv } from '../../../backend/queue/config.ts';
import { createWebhookHandler } from '../../../backend/queue/webhook.ts';

const dbUrl = Deno.env.get('SUPABASE_DB_URL');
const config = queueConfigFromEnv((name) => Deno.env.get(name));

export default { fetch: createWebhookHandler({ pool: dbUrl ? createPool(dbUrl, 8) : undefined, config }) };
