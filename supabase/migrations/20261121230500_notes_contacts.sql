-- Job notes and contacts (recruiter, hiring manager...).
-- Seeds kept these as JSON on the job; here they are rows.

create table public.job_notes (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  body text not null check (length(trim(body)) > 0),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_notes_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
create index job_notes_job_idx on public.job_notes (job_id, created_at);
comment on index public.job_notes_job_idx is 'Job detail shows its notes oldest first; cascade deletes find them.';
alter table public.job_notes enable row level security;
revoke all on table public.job_notes from anon;
create policy "Users can read their own job notes" on public.job_notes
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own job notes" on public.job_notes
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own job notes" on public.job_notes
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own job notes" on public.job_notes
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_notes_set_updated_at before update on public.job_notes
  for each row execute function private.set_updated_at();

create type public.contact_role as enum ('recruiter', 'hiring_manager', 'interviewer', 'referrer', 'other');

create table public.job_contacts (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  role public.contact_role not null default 'recruiter',
  name text not null check (length(trim(name)) > 0),
  title text,
  email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
  phone text,
  linkedin_url text,
  notes text,
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_contacts_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
create index job_contacts_job_idx on public.job_contacts (job_id);
comment on index public.job_contacts_job_idx is 'Job detail lists its contacts; cascade deletes find them.';
alter table public.job_contacts enable row level security;
revoke all on table public.job_contacts from anon;
create policy "Users can read their own job contacts" on public.job_contacts
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own job contacts" on public.job_contacts
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own job contacts" on public.job_contacts
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own job contacts" on public.job_contacts
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_contacts_set_updated_at before update on public.job_contacts
  for each row execute function private.set_updated_at();
