-- Field limits for the texts sync now carries beyond jobs (shared/domain/limits.ts FIELD_LIMITS; the sync
-- function checks the same numbers first and rejects the record naming the field). NOT VALID: rows already
-- stored stay readable; every new write is checked.
alter table public.saved_answers
  add constraint saved_answers_question_length check (char_length(question) <= 3000) not valid,
  add constraint saved_answers_answer_length check (char_length(answer) <= 50000) not valid;
alter table public.job_notes
  add constraint job_notes_body_length check (char_length(body) <= 50000) not valid;
alter table public.documents
  add constraint documents_text_length check (char_length(text) <= 200000) not valid;
alter table public.ai_artifacts
  add constraint ai_artifacts_content_length check (char_length(content) <= 200000) not valid;
alter table public.personas
  add constraint personas_name_length check (char_length(name) <= 1000) not valid;
