// /functions/v1/queue-application, as the signed-in user under RLS (never the service role):
//   POST {action:'queue', job_id, approved:true, answers, resume_sha256}  → application pending_submission + queue item
//   POST {action:'withdraw', application_id}                              → withdrawn_by_user (the worker cancels a run)
//   POST {action:'record', application_id, status}                        → the user's own result after a takeover
//   GET                                                                   → the user's Skyvern submissions
import type pg from 'pg';
import { QueueRequest } from '../../shared/submission/request.ts';
import { withAuth } from '../auth/middleware.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import { asUser } from '../db/pool.ts';
import { withCors } from '../http/cors.ts';
import { invalidRequest, json, jsonError } from '../http/json.ts';

export interface EnqueueDeps {
  pool: pg.Pool | undefined;
  verify: TokenVerifier;
}

const VIEW = `id, job_id, status::text, status_reason, receipt, answers, resume_sha256,
  to_char(submitted_at at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
  to_char(updated_at at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at`;

async function act(db: pg.PoolClient, body: QueueRequest): Promise<Response> {
  if (body.action === 'queue') {
    const job = await db.query('select id from public.jobs where id = $1 and deleted_at is null', [
      body.job_id,
    ]);
    if (job.rows.length === 0)
      return jsonError(
        404,
        'job_not_found',
        'This job is not on the server yet: turn on sync and try again.',
      );
    const open = await db.query(
      `select id from public.applications where job_id = $1 and status in ('pending_submission', 'processing')`,
      [body.job_id],
    );
    if (open.rows.length > 0)
      return jsonError(409, 'already_queued', 'This job already has a submission in progress.', {
        application_id: open.rows[0]?.id,
      });
    const { rows } = await db.query(
      `insert into public.applications (job_id, status, method, answers, resume_sha256, approved_at)
       values ($1, 'pending_submission', 'skyvern', $2, $3, now()) returning ${VIEW}`,
      [body.job_id, JSON.stringify(body.answers), body.resume_sha256 ?? null],
    );
    await db.query('insert into public.submission_queue (application_id) values ($1)', [rows[0]?.id]);
    return json(rows[0], 201);
  }
  if (body.action === 'withdraw') {
    const { rows } = await db.query(
      `update public.applications set status = 'withdrawn_by_user', status_reason = 'Withdrawn by you.'
        where id = $1 and status in ('pending_submission', 'processing') returning ${VIEW}`,
      [body.application_id],
    );
    return rows[0]
      ? json(rows[0])
      : jsonError(409, 'not_withdrawable', 'Only a queued or running submission can be withdrawn.');
  }
  const { rows } = await db.query(
    `update public.applications
        set status = $2::public.application_status, status_reason = $3,
            receipt = coalesce(receipt, '{}'::jsonb) || '{"recorded_by": "user"}'::jsonb,
            submitted_at = case when $2 = 'submitted_successfully' then coalesce(submitted_at, now()) end
      where id = $1 and status = 'action_required' returning ${VIEW}`,
    [body.application_id, body.status, body.note ?? 'Finished by you.'],
  );
  return rows[0]
    ? json(rows[0])
    : jsonError(409, 'not_waiting_for_you', 'Only a submission that needs you can be recorded by hand.');
}

export function createEnqueueHandler(deps: EnqueueDeps): (request: Request) => Promise<Response> {
  return withCors(
    withAuth(deps.verify, async (request, claims) => {
      if (!deps.pool) return jsonError(503, 'db_unconfigured', 'SUPABASE_DB_URL is not set');
      const pool = deps.pool;
      if (request.method === 'GET') {
        const { rows } = await asUser(pool, claims, (db) =>
          db.query(
            `select ${VIEW} from public.applications where method = 'skyvern' and deleted_at is null
              order by updated_at desc limit 500`,
          ),
        );
        return json({ applications: rows });
      }
      if (request.method !== 'POST') return jsonError(405, 'method_not_allowed', 'Use GET or POST');
      const raw = await request.json().catch(() => undefined);
      const parsed = QueueRequest.safeParse(raw);
      if (!parsed.success) {
        const approval = (raw as { action?: unknown; approved?: unknown } | undefined)?.approved !== true;
        if ((raw as { action?: unknown } | undefined)?.action === 'queue' && approval)
          return jsonError(
            400,
            'approval_required',
            'Nothing is queued without your approval of the review.',
          );
        return invalidRequest(parsed.error, 'Request does not match queue-application');
      }
      try {
        return await asUser(pool, claims, (db) => act(db, parsed.data));
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '23505')
          return jsonError(409, 'already_queued', 'This job already has a submission in progress.');
        return jsonError(503, 'database_unavailable', `Could not queue: ${(error as Error).message}`, {
          retryable: true,
        });
      }
    }),
  );
}
