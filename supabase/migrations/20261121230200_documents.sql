-- Documents: resume and cover-letter files with their extracted text.
-- Bytes live in the private Storage bucket `resumes` under {user_id}/...; this row describes them.

create type public.document_kind as enum ('resume', 'cover_letter');

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  kind public.document_kind not null default 'resume',
  file_name text not null check (length(trim(file_name)) > 0),
  -- PDF and DOCX only, like the bucket.
  mime_type text not null default 'application/pdf' check (mime_type in (
    'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
  size_bytes integer not null default 0 check (size_bytes between 0 and 5242880),
  sha256 text check (sha256 ~ '^[0-9a-f]{64}$'), -- receipts record which exact file was sent
  text text not null default '',
  -- Object name inside the bucket; always under the owner's folder.
  storage_path text check (storage_path is null or storage_path like user_id || '/%'),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint documents_id_user unique (id, user_id)
);
create index documents_user_kind_idx on public.documents (user_id, kind, created_at desc);
comment on index public.documents_user_kind_idx is 'Pickers list a user''s resumes or cover letters, newest first.';
alter table public.documents enable row level security;
revoke all on table public.documents from anon;
create policy "Users can read their own documents" on public.documents
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own documents" on public.documents
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own documents" on public.documents
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own documents" on public.documents
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger documents_set_updated_at before update on public.documents
  for each row execute function private.set_updated_at();

-- Storage bucket: private, 5 MB, PDF and DOCX (limits enforced by the Storage API).
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('resumes', 'resumes', false, 5242880, array[
  'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])
on conflict (id) do update set
  public = excluded.public,
  file_size_limit = excluded.file_size_limit,
  allowed_mime_types = excluded.allowed_mime_types;

-- Each user owns the folder named after their Clerk id: resumes/{user_id}/...
create policy "Users can read files in their own resumes folder" on storage.objects
  for select to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub'));
create policy "Users can upload files to their own resumes folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub'));
create policy "Users can replace files in their own resumes folder" on storage.objects
  for update to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub'))
  with check (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub'));
create policy "Users can delete files in their own resumes folder" on storage.objects
  for delete to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub'));
