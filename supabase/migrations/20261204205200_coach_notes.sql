-- Coach notes: what a coach writes for a client, tied to the relationship and optionally to one of the
-- client's jobs. The author (user_id) is the coach. The coach writes only while the relationship is active
-- and reads their notes only then; the client reads them always, even after ending the relationship
-- (advice given to them stays theirs; deleting the relationship deletes its notes). Notes are not edited.

create table public.coach_notes (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  relationship_id uuid not null references public.coach_relationships (id) on delete cascade,
  job_id uuid references public.jobs (id) on delete set null,
  body text not null check (length(trim(body)) > 0 and char_length(body) <= 10000),
  created_at timestamptz not null default now()
);
create index coach_notes_relationship_idx on public.coach_notes (relationship_id, created_at);
comment on index public.coach_notes_relationship_idx is 'A relationship''s notes oldest first, for both sides; cascade deletes find them.';
create index coach_notes_job_idx on public.coach_notes (job_id) where job_id is not null;
comment on index public.coach_notes_job_idx is 'Deleting a job unlinks its coach notes; the FK action needs this lookup.';
create index coach_notes_author_idx on public.coach_notes (user_id);
comment on index public.coach_notes_author_idx is 'The author policy and a coach''s own notes.';

alter table public.coach_notes enable row level security;
revoke all on table public.coach_notes from anon;
revoke update, delete on table public.coach_notes from authenticated;
-- The job, if any, must be the client's: checked through jobs' own RLS, which shows a coach a client's jobs
-- only in the coach view of an active relationship.
create policy "Coaches can add notes for clients who actively share with them" on public.coach_notes
  for insert to authenticated
  with check (
    (select auth.jwt() ->> 'sub') = user_id
    and exists (
      select 1 from public.coach_relationships r
       where r.id = relationship_id and r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active'
         and (job_id is null or exists (select 1 from public.jobs j where j.id = job_id and j.user_id = r.user_id))));
create policy "Coaches can read their notes while the client actively shares with them" on public.coach_notes
  for select to authenticated
  using (
    (select auth.jwt() ->> 'sub') = user_id
    and exists (
      select 1 from public.coach_relationships r
       where r.id = relationship_id and r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active'));
create policy "Clients can read the notes their coaches wrote for them" on public.coach_notes
  for select to authenticated
  using (exists (
    select 1 from public.coach_relationships r
     where r.id = relationship_id and r.user_id = (select auth.jwt() ->> 'sub')));
