-- Applications, the submission queue and the Skyvern task log.
-- Status set from the Jobraker design. The queue worker and the Skyvern webhook write as service_role.

create type public.application_status as enum (
  'draft', 'pending_submission', 'processing', 'submitted_successfully', 'failed_submission',
  'action_required', 'cancelled');
create type public.submission_method as enum ('manual', 'autofill', 'skyvern');

create table public.applications (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  status public.application_status not null default 'draft',
  method public.submission_method not null default 'manual',
  resume_document_id uuid,
  cover_letter_artifact_id uuid,
  -- Receipt (shared/domain Receipt): what was sent, kept after submitting.
  submitted_url text check (submitted_url ~ '^https?://'),
  submitted_at timestamptz,
  resume_sha256 text check (resume_sha256 ~ '^[0-9a-f]{64}$'),
  answers jsonb not null default '[]' check (jsonb_typeof(answers) = 'array'), -- [{label, value}] as sent
  status_reason text, -- what the user must do when action_required / why it failed
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint applications_id_user unique (id, user_id),
  constraint applications_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint applications_resume_fk foreign key (resume_document_id, user_id)
    references public.documents (id, user_id) on delete set null (resume_document_id),
  constraint applications_cover_letter_fk foreign key (cover_letter_artifact_id, user_id)
    references public.ai_artifacts (id, user_id) on delete set null (cover_letter_artifact_id),
  constraint applications_submitted_has_time check (status <> 'submitted_successfully' or submitted_at is not null)
);
create index applications_user_status_idx on public.applications (user_id, status, updated_at desc);
comment on index public.applications_user_status_idx is 'Applications list filtered by status, most recent first.';
create index applications_job_idx on public.applications (job_id);
comment on index public.applications_job_idx is 'Job detail shows its application; cascade deletes find it.';
create index applications_resume_idx on public.applications (resume_document_id) where resume_document_id is not null;
comment on index public.applications_resume_idx is 'Deleting a document nulls applications using it; the FK action needs this lookup.';
create index applications_cover_letter_idx on public.applications (cover_letter_artifact_id)
  where cover_letter_artifact_id is not null;
comment on index public.applications_cover_letter_idx is 'Deleting an artifact nulls applications using it; the FK action needs this lookup.';
alter table public.applications enable row level security;
revoke all on table public.applications from anon;
create policy "Users can read their own applications" on public.applications
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own applications" on public.applications
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own applications" on public.applications
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own applications" on public.applications
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger applications_set_updated_at before update on public.applications
  for each row execute function private.set_updated_at();

-- Status changes reach the extension through Realtime when the publication exists (hosted, local stack).
do $$
begin
  if exists (select from pg_publication where pubname = 'supabase_realtime') then
    alter publication supabase_realtime add table public.applications;
  end if;
end
$$;

create type public.queue_status as enum ('queued', 'claimed', 'running', 'succeeded', 'failed', 'cancelled');

-- Applications waiting for automated submission. Users enqueue and read; the worker (service_role) updates.
create table public.submission_queue (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  application_id uuid not null,
  status public.queue_status not null default 'queued',
  priority smallint not null default 0,
  attempts smallint not null default 0 check (attempts >= 0),
  max_attempts smallint not null default 3 check (max_attempts between 1 and 10),
  run_after timestamptz not null default now(),
  claimed_at timestamptz,
  claimed_by text,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint submission_queue_id_user unique (id, user_id),
  constraint submission_queue_application_fk foreign key (application_id, user_id)
    references public.applications (id, user_id) on delete cascade
);
create index submission_queue_ready_idx on public.submission_queue (priority desc, run_after)
  where status = 'queued';
comment on index public.submission_queue_ready_idx is 'Worker claims the next ready item (for update skip locked) without scanning finished ones.';
create index submission_queue_user_idx on public.submission_queue (user_id, created_at desc);
comment on index public.submission_queue_user_idx is 'The user''s queue view, newest first.';
create unique index submission_queue_one_open_idx on public.submission_queue (application_id)
  where status in ('queued', 'claimed', 'running');
comment on index public.submission_queue_one_open_idx is 'An application is queued at most once at a time (double-click, retries).';
create index submission_queue_application_idx on public.submission_queue (application_id);
comment on index public.submission_queue_application_idx is 'Cascade deletes and the application''s queue history find its items.';
alter table public.submission_queue enable row level security;
revoke all on table public.submission_queue from anon;
revoke update, delete on table public.submission_queue from authenticated;
create policy "Users can read their own queue items" on public.submission_queue
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own queue items" on public.submission_queue
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create trigger submission_queue_set_updated_at before update on public.submission_queue
  for each row execute function private.set_updated_at();

create type public.skyvern_run_status as enum (
  'created', 'queued', 'running', 'paused', 'timed_out', 'failed', 'terminated', 'completed', 'canceled');

-- Every Skyvern status seen (create response, polls, webhooks). Written by service_role only.
create table public.skyvern_task_log (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  application_id uuid not null,
  queue_item_id uuid,
  run_id text not null,
  status public.skyvern_run_status not null,
  failure_reason text,
  step_count integer,
  app_url text,
  recording_url text,
  payload jsonb not null default '{}' check (jsonb_typeof(payload) = 'object'), -- raw body as received
  received_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  constraint skyvern_task_log_application_fk foreign key (application_id, user_id)
    references public.applications (id, user_id) on delete cascade,
  constraint skyvern_task_log_queue_item_fk foreign key (queue_item_id, user_id)
    references public.submission_queue (id, user_id) on delete set null (queue_item_id),
  -- Webhook signatures carry no timestamp, so replays are absorbed by idempotency on (run, status).
  constraint skyvern_task_log_once_per_status unique (run_id, status)
);
create index skyvern_task_log_application_idx on public.skyvern_task_log (application_id, received_at);
comment on index public.skyvern_task_log_application_idx is 'Application detail shows its automation timeline.';
create index skyvern_task_log_queue_item_idx on public.skyvern_task_log (queue_item_id) where queue_item_id is not null;
comment on index public.skyvern_task_log_queue_item_idx is 'Deleting a queue item nulls its log rows; the FK action needs this lookup.';
alter table public.skyvern_task_log enable row level security;
revoke all on table public.skyvern_task_log from anon;
revoke insert, update, delete on table public.skyvern_task_log from authenticated;
create policy "Users can read their own Skyvern task log" on public.skyvern_task_log
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger skyvern_task_log_immutable before update on public.skyvern_task_log
  for each row execute function private.reject_update();
