-- AI: immutable generated artifacts, the per-job choice history, and AI call accounting.
-- Mirrors shared/domain Artifact. A regeneration is a new artifact; job_materials records which one is used.

create type public.artifact_kind as enum (
  'resume', 'cover_letter', 'answers', 'skills_optimization', 'company_research', 'gap_analysis');

create table public.ai_artifacts (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  kind public.artifact_kind not null,
  content text not null,
  provider text,
  model text,
  created_at timestamptz not null default now(),
  constraint ai_artifacts_id_user unique (id, user_id),
  constraint ai_artifacts_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
create index ai_artifacts_job_kind_idx on public.ai_artifacts (job_id, kind, created_at desc);
comment on index public.ai_artifacts_job_kind_idx is 'Materials panel: a job''s generations of one kind, newest first.';
alter table public.ai_artifacts enable row level security;
revoke all on table public.ai_artifacts from anon;
revoke update on table public.ai_artifacts from authenticated;
create policy "Users can read their own AI artifacts" on public.ai_artifacts
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own AI artifacts" on public.ai_artifacts
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own AI artifacts" on public.ai_artifacts
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger ai_artifacts_immutable before update on public.ai_artifacts
  for each row execute function private.reject_update();

-- Which artifact the user chose for a job, as history: the latest row per (job, kind) is current.
create table public.job_materials (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  kind public.artifact_kind not null,
  artifact_id uuid not null,
  -- clock_timestamp, not now(): two choices in one transaction must still have an order.
  chosen_at timestamptz not null default clock_timestamp(),
  created_at timestamptz not null default now(),
  constraint job_materials_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint job_materials_artifact_fk foreign key (artifact_id, user_id)
    references public.ai_artifacts (id, user_id) on delete cascade
);
create index job_materials_current_idx on public.job_materials (job_id, kind, chosen_at desc);
comment on index public.job_materials_current_idx is 'The current-material view takes the latest choice per job and kind.';
create index job_materials_artifact_idx on public.job_materials (artifact_id);
comment on index public.job_materials_artifact_idx is 'Deleting an artifact cascades to its choices; the FK action needs this lookup.';
alter table public.job_materials enable row level security;
revoke all on table public.job_materials from anon;
revoke update on table public.job_materials from authenticated;
create policy "Users can read their own material choices" on public.job_materials
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own material choices" on public.job_materials
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own material choices" on public.job_materials
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_materials_immutable before update on public.job_materials
  for each row execute function private.reject_update();

-- security_invoker: the view runs with the caller's rights, so the tables' RLS applies to it.
create view public.job_current_materials with (security_invoker = true) as
  select distinct on (m.job_id, m.kind)
    m.job_id, m.kind, m.artifact_id, m.chosen_at, m.user_id, a.content, a.provider, a.model
  from public.job_materials m
  join public.ai_artifacts a on a.id = m.artifact_id
  order by m.job_id, m.kind, m.chosen_at desc, m.id desc;
comment on view public.job_current_materials is 'The material currently chosen per job and kind.';
revoke all on public.job_current_materials from anon;

create type public.ai_operation as enum ('generate', 'extract', 'classify', 'embed');
create type public.ai_event_status as enum ('ok', 'error', 'timeout', 'rate_limited', 'refused', 'invalid_output');

-- One row per provider call: cost and reliability accounting. Written by the functions as the user.
create table public.ai_events (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  operation public.ai_operation not null default 'generate',
  artifact_kind public.artifact_kind,
  provider text not null,
  model text not null,
  job_id uuid,
  artifact_id uuid,
  input_tokens integer check (input_tokens >= 0),
  output_tokens integer check (output_tokens >= 0),
  latency_ms integer check (latency_ms >= 0),
  status public.ai_event_status not null,
  error_code text,
  created_at timestamptz not null default now(),
  constraint ai_events_job_fk foreign key (job_id, user_id)
    references public.jobs (id, user_id) on delete set null (job_id),
  constraint ai_events_artifact_fk foreign key (artifact_id, user_id)
    references public.ai_artifacts (id, user_id) on delete set null (artifact_id)
);
create index ai_events_user_created_idx on public.ai_events (user_id, created_at desc);
comment on index public.ai_events_user_created_idx is 'Usage page and per-user rate limits read recent calls.';
create index ai_events_job_idx on public.ai_events (job_id) where job_id is not null;
comment on index public.ai_events_job_idx is 'Deleting a job nulls its events; the FK action needs this lookup.';
create index ai_events_artifact_idx on public.ai_events (artifact_id) where artifact_id is not null;
comment on index public.ai_events_artifact_idx is 'Deleting an artifact nulls its events; the FK action needs this lookup.';
alter table public.ai_events enable row level security;
revoke all on table public.ai_events from anon;
revoke update, delete on table public.ai_events from authenticated;
create policy "Users can read their own AI events" on public.ai_events
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own AI events" on public.ai_events
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create trigger ai_events_immutable before update on public.ai_events
  for each row execute function private.reject_update();
