-- Interview prep, offers and job alerts.
-- The late pipeline stages and saved searches.

create type public.interview_kind as enum (
  'phone_screen', 'recruiter', 'technical', 'take_home', 'system_design', 'behavioral', 'onsite', 'final', 'other');

create table public.interview_prep (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  kind public.interview_kind not null default 'other',
  scheduled_at timestamptz,
  interviewers text[] not null default '{}',
  questions text[] not null default '{}',
  notes text not null default '',
  research_artifact_id uuid, -- company research generated for this round
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint interview_prep_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint interview_prep_research_fk foreign key (research_artifact_id, user_id)
    references public.ai_artifacts (id, user_id) on delete set null (research_artifact_id)
);
create index interview_prep_upcoming_idx on public.interview_prep (user_id, scheduled_at) where deleted_at is null;
comment on index public.interview_prep_upcoming_idx is 'Upcoming interviews across the pipeline, soonest first.';
create index interview_prep_job_idx on public.interview_prep (job_id);
comment on index public.interview_prep_job_idx is 'Job detail lists its rounds; cascade deletes find them.';
create index interview_prep_research_idx on public.interview_prep (research_artifact_id) where research_artifact_id is not null;
comment on index public.interview_prep_research_idx is 'Deleting an artifact nulls prep rows using it; the FK action needs this lookup.';
alter table public.interview_prep enable row level security;
revoke all on table public.interview_prep from anon;
create policy "Users can read their own interview prep" on public.interview_prep
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own interview prep" on public.interview_prep
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own interview prep" on public.interview_prep
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own interview prep" on public.interview_prep
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger interview_prep_set_updated_at before update on public.interview_prep
  for each row execute function private.set_updated_at();

create type public.offer_status as enum ('pending', 'negotiating', 'accepted', 'declined', 'expired', 'rescinded');

create table public.offers (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  status public.offer_status not null default 'pending',
  base_salary numeric(12, 2) check (base_salary >= 0),
  currency text check (currency ~ '^[A-Z]{3}$'),
  period public.pay_period,
  bonus text,
  equity text,
  start_date date,
  respond_by date,
  notes text not null default '',
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint offers_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
create index offers_job_idx on public.offers (job_id);
comment on index public.offers_job_idx is 'Job detail shows its offers; cascade deletes find them.';
create index offers_user_status_idx on public.offers (user_id, status);
comment on index public.offers_user_status_idx is 'Offer comparison lists a user''s open offers.';
alter table public.offers enable row level security;
revoke all on table public.offers from anon;
create policy "Users can read their own offers" on public.offers
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own offers" on public.offers
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own offers" on public.offers
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own offers" on public.offers
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger offers_set_updated_at before update on public.offers
  for each row execute function private.set_updated_at();

create type public.alert_frequency as enum ('instant', 'daily', 'weekly');

create table public.job_alerts (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  keywords text[] not null default '{}',
  locations text[] not null default '{}',
  work_types public.work_type[] not null default '{}',
  min_salary numeric(12, 2) check (min_salary >= 0),
  currency text check (currency ~ '^[A-Z]{3}$'),
  frequency public.alert_frequency not null default 'daily',
  enabled boolean not null default true,
  last_run_at timestamptz,
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_alerts_name_per_user unique (user_id, name)
);
create index job_alerts_due_idx on public.job_alerts (frequency, last_run_at) where enabled and deleted_at is null;
comment on index public.job_alerts_due_idx is 'The alert runner finds enabled alerts that are due, oldest run first.';
alter table public.job_alerts enable row level security;
revoke all on table public.job_alerts from anon;
create policy "Users can read their own job alerts" on public.job_alerts
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own job alerts" on public.job_alerts
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own job alerts" on public.job_alerts
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own job alerts" on public.job_alerts
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_alerts_set_updated_at before update on public.job_alerts
  for each row execute function private.set_updated_at();
