-- Object paths that stay inside the owner's folder, exactly.
-- 1. The Storage policies took any name whose first segment is the user's id, so `A/../B/x.pdf` (B's folder
--    once the path is resolved) passed. Now no segment may be empty, `.` or `..`, and no backslash may appear.
-- 2. documents.storage_path was checked with LIKE user_id || '/%', where `_` (and `%`) in an id are wildcards:
--    user `user_a` could point at `userXa/...`. Now starts_with(), plus the same segment rules.
-- 3. documents.file_name is the file's own name (handed to upload fields): no folders, no control characters.

create or replace function private.is_plain_object_path(path text) returns boolean
  language sql immutable parallel safe set search_path = ''
as $$
  select position('\' in path) = 0
     and not (string_to_array(path, '/') && array['', '.', '..'])
$$;
-- Policies and CHECKs call it by reference, so callers need no usage on `private` (it stays unexposed); it is
-- pure, so everyone may execute it.

drop policy "Users can read files in their own resumes folder" on storage.objects;
drop policy "Users can upload files to their own resumes folder" on storage.objects;
drop policy "Users can replace files in their own resumes folder" on storage.objects;
drop policy "Users can delete files in their own resumes folder" on storage.objects;

create policy "Users can read files in their own resumes folder" on storage.objects
  for select to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub')
         and private.is_plain_object_path(name));
create policy "Users can upload files to their own resumes folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub')
              and private.is_plain_object_path(name));
create policy "Users can replace files in their own resumes folder" on storage.objects
  for update to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub')
         and private.is_plain_object_path(name))
  with check (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub')
              and private.is_plain_object_path(name));
create policy "Users can delete files in their own resumes folder" on storage.objects
  for delete to authenticated
  using (bucket_id = 'resumes' and (storage.foldername(name))[1] = (select auth.jwt() ->> 'sub')
         and private.is_plain_object_path(name));

-- The old check was declared inline over two columns, so Postgres named it itself: find it by its LIKE (~~).
do $$
declare
  old_check text;
begin
  for old_check in
    select conname from pg_constraint
    where conrelid = 'public.documents'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%storage_path ~~ %'
  loop
    execute format('alter table public.documents drop constraint %I', old_check);
  end loop;
end
$$;
alter table public.documents
  add constraint documents_storage_path_in_own_folder check (
    storage_path is null
    or (starts_with(storage_path, user_id || '/') and private.is_plain_object_path(storage_path))) not valid,
  add constraint documents_file_name_plain check (
    char_length(file_name) <= 255 and file_name !~ '[/\\[:cntrl:]]' and trim(file_name) not in ('.', '..'))
    not valid;
