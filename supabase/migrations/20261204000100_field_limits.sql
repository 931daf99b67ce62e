-- Field limits on what sync stores, the same numbers as shared/domain/limits.ts FIELD_LIMITS (the function
-- checks them first and answers per record; these CHECKs hold for every other writer too). Lengths are in
-- characters; JSON columns allow twice the JSON text the client may send (Postgres writes `": "` and `", "`).
-- NOT VALID: rows stored before this migration stay readable; every new write is checked.

create or replace function private.texts_fit(items text[], max_items int, max_length int) returns boolean
  language sql immutable parallel safe set search_path = ''
as $$
  select cardinality(items) <= max_items
     and not exists (select from unnest(items) as item where char_length(item) > max_length)
$$;

alter table public.jobs
  add constraint jobs_title_length check (char_length(title) <= 1000) not valid,
  add constraint jobs_company_length check (char_length(company) <= 1000) not valid,
  add constraint jobs_url_length check (char_length(url) <= 8192) not valid,
  add constraint jobs_canonical_url_length check (char_length(canonical_url) <= 8192) not valid,
  add constraint jobs_apply_url_length check (char_length(apply_url) <= 8192) not valid,
  add constraint jobs_short_texts_length check (
    char_length(ats_job_id) <= 3000 and char_length(ats_board) <= 3000
    and char_length(fuzzy_key) <= 3000 and char_length(salary_text) <= 3000) not valid,
  add constraint jobs_description_html_length check (char_length(description_html) <= 200000) not valid,
  add constraint jobs_description_text_length check (char_length(description_text) <= 200000) not valid,
  add constraint jobs_notes_length check (char_length(notes) <= 50000) not valid,
  add constraint jobs_lists_fit check (
    private.texts_fit(requirements_required, 200, 2000) and private.texts_fit(requirements_preferred, 200, 2000)
    and private.texts_fit(user_edited, 200, 2000) and private.texts_fit(gaps, 200, 2000)) not valid,
  add constraint jobs_json_size check (
    char_length(locations::text) <= 131072 and char_length(provenance::text) <= 131072) not valid;

alter table public.job_aliases
  add constraint job_aliases_url_length check (char_length(url) <= 8192) not valid;

alter table public.job_stage_events
  add constraint job_stage_events_note_length check (char_length(note) <= 5000) not valid;
