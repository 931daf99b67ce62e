// Seeds approved submissions straight into the queue (the state queue-application leaves behind), with a
// scripted Skyvern ending per job URL (`?standin=...`, read by the stand-in).
import type pg from 'pg';

export const EXPECTED: Record<string, string> = {
  complete: 'submitted_successfully',
  'complete,duplicate': 'submitted_successfully',
  'complete,never': 'submitted_successfully', // the polling fallback finds it
  'no_confirmation,out_of_order': 'action_required',
  captcha: 'action_required',
  fail: 'failed_submission',
  max_steps_timed_out: 'failed_submission',
};

export function scenarioOf(n: number): string {
  if (n % 50 === 7) return 'complete,never';
  if (n % 20 === 13) return 'no_confirmation,out_of_order';
  if (n % 25 === 4) return 'max_steps_timed_out';
  if (n % 10 === 6) return 'captcha';
  if (n % 10 === 9) return 'fail';
  if (n % 10 === 8) return 'complete,duplicate';
  return 'complete';
}

export async function seedQueue(db: pg.Pool, users: string[], perUser: number): Promise<void> {
  for (const user of users) {
    await db.query(
      `with j as (
         insert into public.jobs (user_id, title, company, url, canonical_url)
         select $1, 'Engineer ' || g, 'Acme', u, u
           from generate_series(1, $2) g,
                lateral (select 'https://jobs.test/' || $1 || '/' || g || '?standin=' || ($3::text[])[g] as u) x
         returning id, user_id),
       a as (
         insert into public.applications (user_id, job_id, status, method, answers, approved_at)
         select user_id, id, 'pending_submission', 'skyvern',
                '[{"label":"Email","value":"ada@example.com"},{"label":"Phone","value":"+44 20 7946 0958"}]', now()
           from j returning id, user_id)
       insert into public.submission_queue (user_id, application_id, max_attempts)
       select user_id, id, 5 from a`,
      [user, perUser, Array.from({ length: perUser }, (_, i) => scenarioOf(i + 1))],
    );
  }
}
