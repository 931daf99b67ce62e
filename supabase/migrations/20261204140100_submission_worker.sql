-- The submission worker (issue 12): leases (visibility timeout), idempotency, the polling fallback, receipts,
-- and a task log of every Skyvern exchange that only the service role can read.

-- Queue items: what the worker needs to never start a second run for one item.
alter table public.submission_queue
  add column idempotency_key text, -- sent to Skyvern as the run title; one run per key
  add column lease_until timestamptz, -- visibility timeout: a claimed item whose lease passed is reclaimed
  add column create_started_at timestamptz, -- set (and committed) before POST /v1/run/tasks
  add column run_id text, -- Skyvern's run, once known
  add column poll_after timestamptz, -- no webhook by then: poll GET /v1/runs/{id}
  add column finished_at timestamptz;
update public.submission_queue set idempotency_key = id::text where idempotency_key is null;
alter table public.submission_queue alter column idempotency_key set not null,
  alter column idempotency_key set default gen_random_uuid()::text,
  add constraint submission_queue_idempotency_key_unique unique (idempotency_key);
create unique index submission_queue_run_idx on public.submission_queue (run_id) where run_id is not null;
comment on index public.submission_queue_run_idx is 'Webhooks and polls find the item by Skyvern run id; one item per run.';
create index submission_queue_active_idx on public.submission_queue (user_id) where status in ('claimed', 'running');
comment on index public.submission_queue_active_idx is 'Concurrency caps count in-flight items per user and overall.';
create index submission_queue_due_poll_idx on public.submission_queue (poll_after) where status = 'running';
comment on index public.submission_queue_due_poll_idx is 'The polling fallback finds runs whose webhook is overdue.';
create index submission_queue_lease_idx on public.submission_queue (lease_until) where status = 'claimed';
comment on index public.submission_queue_lease_idx is 'Recovery finds claims whose worker died (lease passed).';

-- Applications: the run and the receipt (confirmation, recording, screenshots, timestamps) shown on the card.
alter table public.applications
  add column skyvern_run_id text,
  add column receipt jsonb check (receipt is null or jsonb_typeof(receipt) = 'object'),
  add column approved_at timestamptz; -- when the user (or an auto-approve rule) approved the submission

-- Task log: every request and response (redacted), not only statuses. Creates that fail have no run yet.
create type public.skyvern_exchange_kind as enum ('create', 'poll', 'cancel', 'webhook');
alter table public.skyvern_task_log
  add column kind public.skyvern_exchange_kind not null default 'webhook',
  add column http_status integer,
  add column duration_ms integer,
  add column request jsonb check (request is null or jsonb_typeof(request) in ('object', 'array')),
  alter column run_id drop not null,
  alter column status drop not null,
  drop constraint skyvern_task_log_once_per_status;
-- Webhook signatures carry no signed timestamp: a replay (or Skyvern's retry) of the same (run, status) is
-- absorbed here. Polls may see a status many times, so the rule holds for webhooks only.
create unique index skyvern_task_log_webhook_once_idx on public.skyvern_task_log (run_id, status)
  where kind = 'webhook';
comment on index public.skyvern_task_log_webhook_once_idx is 'A repeated webhook (run_id, status) changes nothing.';
drop policy "Users can read their own Skyvern task log" on public.skyvern_task_log;
revoke all on table public.skyvern_task_log from authenticated;
comment on table public.skyvern_task_log is
  'Every Skyvern exchange, redacted (no API key, no applicant data). Service role only: users see the receipt on applications.';

-- Users only enqueue (queue-application runs as the user under RLS). Every other column belongs to the worker:
-- a user who could insert an item as 'running' would hold a slot of the global cap forever.
revoke insert on table public.submission_queue from authenticated;
grant insert (user_id, application_id) on table public.submission_queue to authenticated;
