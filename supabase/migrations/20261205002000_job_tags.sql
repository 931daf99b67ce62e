-- Jobs: the user's own tags (issue 16's board filters by them). A column on jobs, not a table: a tag means
-- nothing apart from its job, the board reads them with the job, and sync carries them with any job edit.
-- No new policy: the jobs policies ("Users can update their own jobs", …) cover the column. The limits are
-- FIELD_LIMITS.tags and FIELD_LIMITS.tag (shared/domain/limits.ts), as the other list columns keep theirs.

alter table public.jobs add column tags text[] not null default '{}'
  constraint jobs_tags_fit check (private.texts_fit(tags, 30, 60));
comment on column public.jobs.tags is
  'The user''s own labels on the job ("referral", "dream job"): at most 30, each at most 60 characters.';
