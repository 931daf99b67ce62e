-- Auto-apply: the user's rules and the log of each decision taken under them.
-- Rules are user-edited; the evaluator (service_role) writes the log. Reviews stay on by default.

create table public.auto_apply_rules (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  enabled boolean not null default false,
  persona_id uuid,
  min_score numeric(5, 2) not null default 80 check (min_score between 0 and 100),
  title_keywords text[] not null default '{}',
  work_types public.work_type[] not null default '{}',
  locations text[] not null default '{}',
  daily_limit smallint not null default 5 check (daily_limit between 1 and 50),
  require_review boolean not null default true, -- a human confirms before anything is submitted
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint auto_apply_rules_id_user unique (id, user_id),
  constraint auto_apply_rules_persona_fk foreign key (persona_id, user_id)
    references public.personas (id, user_id) on delete set null (persona_id)
);
create index auto_apply_rules_enabled_idx on public.auto_apply_rules (user_id) where enabled and deleted_at is null;
comment on index public.auto_apply_rules_enabled_idx is 'The evaluator loads only enabled rules for a user.';
create index auto_apply_rules_persona_idx on public.auto_apply_rules (persona_id) where persona_id is not null;
comment on index public.auto_apply_rules_persona_idx is 'Deleting a persona nulls rules using it; the FK action needs this lookup.';
alter table public.auto_apply_rules enable row level security;
revoke all on table public.auto_apply_rules from anon;
create policy "Users can read their own auto-apply rules" on public.auto_apply_rules
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own auto-apply rules" on public.auto_apply_rules
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own auto-apply rules" on public.auto_apply_rules
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own auto-apply rules" on public.auto_apply_rules
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger auto_apply_rules_set_updated_at before update on public.auto_apply_rules
  for each row execute function private.set_updated_at();

create type public.auto_apply_decision as enum ('queued', 'needs_review', 'skipped', 'limit_reached');

create table public.auto_apply_log (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  rule_id uuid not null,
  job_id uuid not null,
  application_id uuid,
  decision public.auto_apply_decision not null,
  reason text not null default '',
  score numeric(5, 2) check (score between 0 and 100),
  created_at timestamptz not null default now(),
  constraint auto_apply_log_rule_fk foreign key (rule_id, user_id)
    references public.auto_apply_rules (id, user_id) on delete cascade,
  constraint auto_apply_log_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint auto_apply_log_application_fk foreign key (application_id, user_id)
    references public.applications (id, user_id) on delete set null (application_id)
);
create index auto_apply_log_rule_created_idx on public.auto_apply_log (rule_id, created_at desc);
comment on index public.auto_apply_log_rule_created_idx is 'Daily-limit check counts a rule''s recent decisions; rule page lists them.';
create index auto_apply_log_job_idx on public.auto_apply_log (job_id);
comment on index public.auto_apply_log_job_idx is 'Job detail explains why it was (not) auto-applied; cascade deletes find rows.';
create index auto_apply_log_application_idx on public.auto_apply_log (application_id) where application_id is not null;
comment on index public.auto_apply_log_application_idx is 'Deleting an application nulls its log rows; the FK action needs this lookup.';
alter table public.auto_apply_log enable row level security;
revoke all on table public.auto_apply_log from anon;
revoke insert, update, delete on table public.auto_apply_log from authenticated;
create policy "Users can read their own auto-apply log" on public.auto_apply_log
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger auto_apply_log_immutable before update on public.auto_apply_log
  for each row execute function private.reject_update();
