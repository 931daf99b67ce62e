-- Jobs: captured postings in the user's pipeline, their cross-board aliases and stage history.
-- Mirrors shared/domain/job.ts and stages.ts. History is written by a trigger so it cannot drift.

create type public.job_stage as enum (
  'saved', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted');
create type public.employment_type as enum ('full_time', 'part_time', 'contract', 'internship', 'temporary');
create type public.ats_kind as enum (
  'greenhouse', 'lever', 'ashby', 'workday', 'linkedin', 'indeed', 'smartrecruiters', 'workable', 'other');
create type public.stage_event_cause as enum ('capture', 'user', 'undo', 'autofill', 'sync');

create table public.jobs (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  title text not null check (length(trim(title)) > 0),
  company text not null default '',
  url text not null check (url ~ '^https?://'),
  canonical_url text not null check (canonical_url ~ '^https?://'),
  ats public.ats_kind,
  ats_job_id text,
  ats_board text,
  fuzzy_key text not null default '', -- normalized company + title + location
  -- Locations are value objects of the posting ({raw, city, region, country}), not entities.
  locations jsonb not null default '[]' check (jsonb_typeof(locations) = 'array'),
  work_type public.work_type,
  employment_type public.employment_type,
  salary_min numeric(12, 2) check (salary_min >= 0),
  salary_max numeric(12, 2) check (salary_max >= 0),
  salary_currency text check (salary_currency ~ '^[A-Z]{3}$'),
  salary_period public.pay_period,
  salary_text text,
  description_html text,
  description_text text,
  requirements_required text[] not null default '{}',
  requirements_preferred text[] not null default '{}',
  apply_url text,
  posted_at date,
  valid_through date,
  -- Per-field {source, confidence, detail}; keys are posting field names.
  provenance jsonb not null default '{}' check (jsonb_typeof(provenance) = 'object'),
  user_edited text[] not null default '{}',
  gaps text[] not null default '{}',
  stage public.job_stage not null default 'saved',
  excitement smallint check (excitement between 1 and 5),
  deadline date,
  notes text not null default '',
  stage_changed_at timestamptz not null default now(),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint jobs_id_user unique (id, user_id),
  constraint jobs_one_per_canonical_url unique (user_id, canonical_url),
  constraint jobs_salary_range check (salary_min is null or salary_max is null or salary_min <= salary_max),
  constraint jobs_ats_id check ((ats is null) = (ats_job_id is null))
);
create index jobs_pipeline_idx on public.jobs (user_id, stage, updated_at desc) where deleted_at is null;
comment on index public.jobs_pipeline_idx is 'Pipeline list and per-stage counts: one user''s live jobs by stage, most recently touched first.';
create index jobs_sync_cursor_idx on public.jobs (user_id, updated_at);
comment on index public.jobs_sync_cursor_idx is 'Sync pull: a user''s rows changed since a cursor, tombstones included.';
create index jobs_fuzzy_key_idx on public.jobs (user_id, fuzzy_key) where fuzzy_key <> '';
comment on index public.jobs_fuzzy_key_idx is 'Capture proposes "same job" across boards by company + title + location.';
create unique index jobs_ats_identity_idx on public.jobs (user_id, ats, ats_job_id) where ats is not null;
comment on index public.jobs_ats_identity_idx is 'One job per ATS posting id per user, whichever board it was captured from.';
alter table public.jobs enable row level security;
revoke all on table public.jobs from anon;
create policy "Users can read their own jobs" on public.jobs
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own jobs" on public.jobs
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own jobs" on public.jobs
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own jobs" on public.jobs
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger jobs_set_updated_at before update on public.jobs
  for each row execute function private.set_updated_at();

-- Other URLs (other boards) confirmed to be the same job.
create table public.job_aliases (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  url text not null check (url ~ '^https?://'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_aliases_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint job_aliases_one_job_per_url unique (user_id, url)
);
create index job_aliases_job_idx on public.job_aliases (job_id);
comment on index public.job_aliases_job_idx is 'Job detail lists its aliases; cascade deletes find them.';
alter table public.job_aliases enable row level security;
revoke all on table public.job_aliases from anon;
create policy "Users can read their own job aliases" on public.job_aliases
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own job aliases" on public.job_aliases
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own job aliases" on public.job_aliases
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own job aliases" on public.job_aliases
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_aliases_set_updated_at before update on public.job_aliases
  for each row execute function private.set_updated_at();

-- Stage history. Written only by the trigger below; users read it, nobody edits it.
create table public.job_stage_events (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  from_stage public.job_stage,
  to_stage public.job_stage not null,
  at timestamptz not null default now(),
  cause public.stage_event_cause not null,
  note text,
  -- clock_timestamp, not now(): several moves in one transaction must still sort in order.
  created_at timestamptz not null default clock_timestamp(),
  constraint job_stage_events_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
create index job_stage_events_job_idx on public.job_stage_events (job_id, created_at);
comment on index public.job_stage_events_job_idx is 'Job timeline: a job''s stage changes in order.';
create index job_stage_events_user_at_idx on public.job_stage_events (user_id, at);
comment on index public.job_stage_events_user_at_idx is 'Analytics and sync read a user''s events over a time range.';
alter table public.job_stage_events enable row level security;
revoke all on table public.job_stage_events from anon;
revoke insert, update, delete on table public.job_stage_events from authenticated;
create policy "Users can read their own stage history" on public.job_stage_events
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_stage_events_immutable before update on public.job_stage_events
  for each row execute function private.reject_update();

-- The cause comes from the writer: `select set_config('jobraker.stage_cause', 'sync', true)` in the same
-- transaction; anything unknown counts as a user move. Security definer: users cannot insert history.
create or replace function private.record_stage_event() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  requested text := nullif(current_setting('jobraker.stage_cause', true), '');
  cause public.stage_event_cause;
begin
  if tg_op = 'INSERT' then
    cause := 'capture';
  elsif new.stage is not distinct from old.stage then
    return new;
  elsif requested in ('user', 'undo', 'autofill', 'sync') then
    cause := requested::public.stage_event_cause;
  else
    cause := 'user';
  end if;
  insert into public.job_stage_events (user_id, job_id, from_stage, to_stage, at, cause)
  values (new.user_id, new.id, case when tg_op = 'UPDATE' then old.stage end, new.stage,
          coalesce(new.stage_changed_at, now()), cause);
  return new;
end
$$;
revoke all on function private.record_stage_event() from public;

create trigger jobs_record_stage_event after insert or update of stage on public.jobs
  for each row execute function private.record_stage_event();

-- Keep stage_changed_at honest when a client forgets it.
create or replace function private.stamp_stage_change() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if new.stage is distinct from old.stage and new.stage_changed_at is not distinct from old.stage_changed_at then
    new.stage_changed_at := now();
  end if;
  return new;
end
$$;
create trigger jobs_stamp_stage_change before update of stage on public.jobs
  for each row execute function private.stamp_stage_change();
