// GET or POST /functions/v1/analytics: the caller's pipeline measures (shared/analytics/types.ts
// PipelineAnalytics), computed in SQL by public.my_pipeline_analytics() as the caller, so row-level security
// limits them to the caller's synced rows.
import type pg from 'pg';
import { withAuth } from '../auth/middleware.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { withCors } from '../http/cors.ts';
import { json, jsonError } from '../http/json.ts';
import { ANALYTICS_SQL, type AnalyticsRow, analyticsFromRows } from './rows.ts';

export interface AnalyticsDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
}

export function createAnalyticsHandler(deps: AnalyticsDeps): (request: Request) => Promise<Response> {
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      if (request.method !== 'GET' && request.method !== 'POST') {
        return jsonError(405, 'method_not_allowed', 'Use GET or POST');
      }
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      try {
        const rows = await asUser(
          deps.pool,
          claims,
          async (db) => (await db.query<AnalyticsRow>(ANALYTICS_SQL)).rows,
        );
        return json(analyticsFromRows(rows));
      } catch (error) {
        console.error('[analytics]', error);
        return jsonError(503, 'database_unavailable', 'The figures could not be computed now; try again', {
          retryable: true,
        });
      }
    }),
  );
}
