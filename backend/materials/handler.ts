// POST /functions/v1/generate-materials {kind, provider?, profile, job, options}
// Verified Clerk user only. Checks the user's daily token quota and per-minute call limit (429 with
// Retry-After and a message the side panel shows), calls the provider with retries, a timeout and
// one repair, grounds every claim (regenerate once, then drop with a note), records one ai_events
// row per provider call as the user, and falls back to the deterministic path when the provider fails.
import type pg from 'pg';
import { createProvider } from '../../shared/ai/client.ts';
import { type Fetch, ProviderError } from '../../shared/ai/types.ts';
import {
  buildSources,
  DETERMINISTIC_PROVIDER,
  generateDeterministic,
  groundNow,
  MaterialOptions,
} from '../../shared/materials/index.ts';
import { GenerateMaterialsRequest, type GenerateMaterialsResponse } from '../../shared/materials/request.ts';
import { generateWithProvider } from '../../shared/materials/with-provider.ts';
import { withAuth } from '../auth/middleware.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { withCors } from '../http/cors.ts';
import { invalidRequest, json, jsonError } from '../http/json.ts';
import type { MaterialsConfig } from './config.ts';
import { recordCall, usageNow } from './usage.ts';

export interface MaterialsDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
  config: MaterialsConfig;
  fetch?: Fetch;
}

export function createMaterialsHandler(deps: MaterialsDeps): (request: Request) => Promise<Response> {
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      const started = performance.now();
      if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use POST');
      let raw: unknown;
      try {
        raw = await request.json();
      } catch {
        return jsonError(400, 'invalid_json', 'Body must be JSON');
      }
      const parsed = GenerateMaterialsRequest.safeParse(raw);
      if (!parsed.success) {
        return invalidRequest(parsed.error, 'Request does not match the generate-materials schema');
      }
      const body = parsed.data;
      const which = body.provider ?? deps.config.defaultProvider;
      const config = which ? deps.config.providers[which] : undefined;
      if (!config)
        return jsonError(
          503,
          'provider_unconfigured',
          `No ${which ?? 'AI'} provider is configured on the server (see supabase/functions/.env.example)`,
        );
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      const pool = deps.pool;

      const usage = await asUser(pool, claims, usageNow);
      const { dailyTokenQuota, callsPerMinute } = deps.config;
      if (usage.tokensToday >= dailyTokenQuota)
        return limited(
          'daily_quota',
          usage.dayResetsIn,
          `You have used today's AI allowance (${dailyTokenQuota.toLocaleString('en-US')} tokens). It resets at 00:00 UTC, in ${hours(usage.dayResetsIn)}. Generating without a model still works.`,
        );
      if (usage.callsLastMinute >= callsPerMinute)
        return limited(
          'rate_limited',
          usage.minuteResetsIn,
          `Too many generations in a minute (${callsPerMinute}). Try again in ${usage.minuteResetsIn} s.`,
        );

      let providerMs = 0;
      const provider = createProvider(config, {
        fetch: deps.fetch ?? ((url, init) => fetch(url, init)),
        onCall: async (call) => {
          providerMs += call.latencyMs;
          await asUser(pool, claims, (db) => recordCall(db, call, body.kind, body.job.id));
        },
      });
      let response: GenerateMaterialsResponse;
      try {
        const out = await generateWithProvider(provider, body.kind, body.profile, body.job, body.options);
        response = { ...out, provider: provider.name, fallback: null };
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        const options = MaterialOptions.parse(body.options);
        const doc = generateDeterministic(body.kind, body.profile, body.job, options);
        const grounded = groundNow(doc, buildSources(body.profile, body.job));
        response = {
          ...grounded,
          provider: DETERMINISTIC_PROVIDER,
          model: DETERMINISTIC_PROVIDER,
          usage: { inputTokens: 0, outputTokens: 0 },
          fallback: { code: error.code, message: error.message },
        };
      }
      const total = performance.now() - started;
      return json(response, 200, {
        'server-timing': `provider;dur=${providerMs.toFixed(1)}, total;dur=${total.toFixed(1)}`,
      });
    }),
  );
}

function limited(error: string, retryAfter: number, message: string): Response {
  return json({ error, message, retryAfter }, 429, { 'retry-after': String(retryAfter) });
}

const hours = (s: number) => (s >= 3600 ? `${Math.ceil(s / 3600)} h` : `${Math.ceil(s / 60)} min`);
