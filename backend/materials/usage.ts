// Per-user accounting in ai_events, read and written as the user (RLS applies): the daily token
// quota, the per-minute call limit, and one row per provider call.
import type { ProviderCall } from '../../shared/ai/types.ts';
import type { Db } from '../sync/db.ts';

export interface UsageNow {
  tokensToday: number;
  callsLastMinute: number;
  /** Seconds until the oldest call of the last minute leaves the window. */
  minuteResetsIn: number;
  /** Seconds until the next UTC midnight, when the daily quota resets. */
  dayResetsIn: number;
}

export async function usageNow(db: Db): Promise<UsageNow> {
  const { rows } = await db.query<{ tokens: string; calls: number; minute: number; day: number }>(
    `select coalesce(sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0))
                filter (where created_at >= date_trunc('day', now(), 'UTC')), 0)::bigint as tokens,
            count(*) filter (where created_at > now() - interval '1 minute')::int as calls,
            ceil(coalesce(extract(epoch from min(created_at) filter (where created_at > now() - interval '1 minute')
                 + interval '1 minute' - now()), 0))::int as minute,
            ceil(extract(epoch from date_trunc('day', now(), 'UTC') + interval '1 day' - now()))::int as day
       from public.ai_events
      where user_id = (select auth.jwt() ->> 'sub') and created_at > now() - interval '1 day'`,
  );
  const r = rows[0];
  return {
    tokensToday: Number(r?.tokens ?? 0),
    callsLastMinute: r?.calls ?? 0,
    minuteResetsIn: Math.max(1, r?.minute ?? 1),
    dayResetsIn: Math.max(1, r?.day ?? 1),
  };
}

export async function recordCall(db: Db, call: ProviderCall, kind: string, jobId: string): Promise<void> {
  await db.query(
    `insert into public.ai_events
       (operation, artifact_kind, provider, model, job_id, input_tokens, output_tokens, latency_ms, status, error_code)
     values ('generate', $1, $2, $3, (select id from public.jobs where id = $4), $5, $6, $7, $8, $9)`,
    [
      kind,
      call.provider,
      call.model,
      jobId,
      call.usage?.inputTokens ?? null,
      call.usage?.outputTokens ?? null,
      call.latencyMs,
      call.status,
      call.errorCode,
    ],
  );
}
