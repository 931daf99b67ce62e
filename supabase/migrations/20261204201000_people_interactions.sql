-- People of a search (recruiters, hiring managers, referrers) and their interaction log (job detail page).
-- One row per person; the jobs they relate to travel with them as job_ids (a person touches a handful of
-- jobs, and one last-writer-wins edit of the person covers their links). Ids in job_ids are the user's own
-- jobs as the device knew them; a deleted job's id stays until the person is next edited, and clients skip
-- ids they do not hold. Interactions are rows of their own, so two devices logging at once both keep theirs.

create type public.person_role as enum ('recruiter', 'hiring_manager', 'referrer', 'interviewer', 'other');

create table public.people (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0 and char_length(name) <= 3000),
  role public.person_role not null default 'recruiter',
  email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
  phone text check (char_length(phone) <= 3000),
  linkedin_url text check (char_length(linkedin_url) <= 8192),
  job_ids uuid[] not null default '{}' check (cardinality(job_ids) <= 200),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  sync_seq bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint people_id_user unique (id, user_id)
);
comment on column public.people.job_ids is 'The user''s jobs this person relates to (one person, several jobs).';
create index people_job_ids_idx on public.people using gin (job_ids);
comment on index public.people_job_ids_idx is 'A job''s page lists the people linked to it.';
create index people_sync_seq_idx on public.people (user_id, sync_seq);
comment on index public.people_sync_seq_idx is 'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.';
alter table public.people enable row level security;
revoke all on table public.people from anon;
create policy "Users can read their own people" on public.people
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own people" on public.people
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own people" on public.people
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own people" on public.people
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger people_set_updated_at before update on public.people
  for each row execute function private.set_updated_at();
create trigger people_stamp_sync_seq before insert or update on public.people
  for each row execute function private.stamp_sync_seq();

create type public.interaction_channel as enum ('email', 'call', 'video', 'message', 'meeting', 'other');

create table public.person_interactions (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  person_id uuid not null,
  job_id uuid, -- the job it was about, when it was about one
  happened_on date not null,
  channel public.interaction_channel not null default 'other',
  summary text not null check (length(trim(summary)) > 0 and char_length(summary) <= 50000),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  sync_seq bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint person_interactions_person_fk foreign key (person_id, user_id)
    references public.people (id, user_id) on delete cascade,
  constraint person_interactions_job_fk foreign key (job_id, user_id)
    references public.jobs (id, user_id) on delete set null (job_id)
);
create index person_interactions_person_idx on public.person_interactions (person_id, happened_on);
comment on index public.person_interactions_person_idx is 'A person''s log, by date; cascade deletes find it.';
create index person_interactions_job_idx on public.person_interactions (job_id) where job_id is not null;
comment on index public.person_interactions_job_idx is 'Deleting a job nulls the log rows about it; the FK action needs this lookup.';
create index person_interactions_sync_seq_idx on public.person_interactions (user_id, sync_seq);
comment on index public.person_interactions_sync_seq_idx is 'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.';
alter table public.person_interactions enable row level security;
revoke all on table public.person_interactions from anon;
create policy "Users can read their own interactions" on public.person_interactions
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own interactions" on public.person_interactions
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own interactions" on public.person_interactions
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own interactions" on public.person_interactions
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger person_interactions_set_updated_at before update on public.person_interactions
  for each row execute function private.set_updated_at();
create trigger person_interactions_stamp_sync_seq before insert or update on public.person_interactions
  for each row execute function private.stamp_sync_seq();
