-- Personas: targeting profiles ("Backend", "Data") with their own titles, resume and tuner weights.
-- Mirrors shared/domain Persona. Weights are columns (one per match factor), null = factor default.

create table public.personas (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  target_titles text[] not null default '{}',
  resume_document_id uuid,
  active boolean not null default false,
  weight_skills numeric(3, 2) check (weight_skills between 0 and 1),
  weight_salary numeric(3, 2) check (weight_salary between 0 and 1),
  weight_remote numeric(3, 2) check (weight_remote between 0 and 1),
  weight_location numeric(3, 2) check (weight_location between 0 and 1),
  weight_industry numeric(3, 2) check (weight_industry between 0 and 1),
  weight_title numeric(3, 2) check (weight_title between 0 and 1),
  weight_experience numeric(3, 2) check (weight_experience between 0 and 1),
  weight_education numeric(3, 2) check (weight_education between 0 and 1),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint personas_id_user unique (id, user_id),
  -- Same-owner foreign keys: a row can only point at its own user's rows.
  constraint personas_resume_fk foreign key (resume_document_id, user_id)
    references public.documents (id, user_id) on delete set null (resume_document_id)
);
create unique index personas_one_active_idx on public.personas (user_id) where active and deleted_at is null;
comment on index public.personas_one_active_idx is 'At most one active persona per user; also finds it in one probe.';
create index personas_resume_document_idx on public.personas (resume_document_id) where resume_document_id is not null;
comment on index public.personas_resume_document_idx is 'Deleting a document nulls personas pointing at it; the FK action needs this lookup.';
alter table public.personas enable row level security;
revoke all on table public.personas from anon;
create policy "Users can read their own personas" on public.personas
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own personas" on public.personas
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own personas" on public.personas
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own personas" on public.personas
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger personas_set_updated_at before update on public.personas
  for each row execute function private.set_updated_at();
