-- Sync beyond jobs: every user-owned table the extension keeps gets the server write sequence pulls page by
-- (sync_seq, see 20261122000000_sync_cursor.sql), and the tombstone column where a device may delete.
--
-- The profile's parts (experience, education, skills, certifications, projects) travel with the profile as
-- one record: a profile push always rewrites the profiles row, so its sync_seq alone says "pull the profile".
-- Generated artifacts and material choices are immutable, so they are stamped on insert only.

do $$
declare
  t text;
begin
  foreach t in array array['profiles', 'personas', 'documents', 'job_notes', 'job_contacts', 'job_matches',
                           'saved_answers', 'applications', 'ai_artifacts', 'job_materials']
  loop
    execute format('alter table public.%I add column sync_seq bigint not null default 0', t);
    execute format('update public.%I set sync_seq = nextval(''private.sync_seq'')', t);
    execute format('create index %I on public.%I (user_id, sync_seq)', t || '_sync_seq_idx', t);
    execute format('comment on index public.%I is %L', t || '_sync_seq_idx',
                   'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.');
  end loop;
end
$$;

create trigger profiles_stamp_sync_seq before insert or update on public.profiles
  for each row execute function private.stamp_sync_seq();
create trigger personas_stamp_sync_seq before insert or update on public.personas
  for each row execute function private.stamp_sync_seq();
create trigger documents_stamp_sync_seq before insert or update on public.documents
  for each row execute function private.stamp_sync_seq();
create trigger job_notes_stamp_sync_seq before insert or update on public.job_notes
  for each row execute function private.stamp_sync_seq();
create trigger job_contacts_stamp_sync_seq before insert or update on public.job_contacts
  for each row execute function private.stamp_sync_seq();
create trigger job_matches_stamp_sync_seq before insert or update on public.job_matches
  for each row execute function private.stamp_sync_seq();
create trigger saved_answers_stamp_sync_seq before insert or update on public.saved_answers
  for each row execute function private.stamp_sync_seq();
create trigger applications_stamp_sync_seq before insert or update on public.applications
  for each row execute function private.stamp_sync_seq();
create trigger ai_artifacts_stamp_sync_seq before insert on public.ai_artifacts
  for each row execute function private.stamp_sync_seq();
create trigger job_materials_stamp_sync_seq before insert on public.job_materials
  for each row execute function private.stamp_sync_seq();

-- A match is recomputed or dropped with its job on a device; other devices learn of the drop by tombstone.
alter table public.job_matches add column deleted_at timestamptz;
-- Gaps are data the side panel renders ({kind, text, skill, importance, related}), not sentences.
alter table public.job_matches alter column gaps drop default;
alter table public.job_matches alter column gaps type jsonb using to_jsonb(gaps);
alter table public.job_matches alter column gaps set default '[]';
alter table public.job_matches add constraint job_matches_gaps_array check (jsonb_typeof(gaps) = 'array');
