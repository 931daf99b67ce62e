-- Job matches: the score of a job against the profile (optionally a persona).
-- Mirrors shared/domain MatchResult. Factor and requirement lists are snapshots of one computation.

create table public.job_matches (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  persona_id uuid,
  score numeric(5, 2) not null check (score between 0 and 100),
  factors jsonb not null default '[]' check (jsonb_typeof(factors) = 'array'),
  requirements jsonb not null default '[]' check (jsonb_typeof(requirements) = 'array'),
  gaps text[] not null default '{}',
  deal_breakers text[] not null default '{}',
  explanation text not null default '',
  computed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_matches_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade,
  constraint job_matches_persona_fk foreign key (persona_id, user_id)
    references public.personas (id, user_id) on delete cascade,
  -- One current score per job and persona (null persona = the plain profile).
  constraint job_matches_one_per_persona unique nulls not distinct (job_id, persona_id)
);
create index job_matches_user_score_idx on public.job_matches (user_id, score desc);
comment on index public.job_matches_user_score_idx is 'Best matches first across the pipeline.';
create index job_matches_persona_idx on public.job_matches (persona_id) where persona_id is not null;
comment on index public.job_matches_persona_idx is 'Deleting a persona cascades to its matches; the FK action needs this lookup.';
alter table public.job_matches enable row level security;
revoke all on table public.job_matches from anon;
create policy "Users can read their own job matches" on public.job_matches
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own job matches" on public.job_matches
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own job matches" on public.job_matches
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own job matches" on public.job_matches
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_matches_set_updated_at before update on public.job_matches
  for each row execute function private.set_updated_at();
