-- Profiles: the person's own summary of their work and what they are after (a resume's Summary or
-- Objective). Matching reads what the work is about from it; materials start from it.
-- No new policy: the profiles policies ("Users can update their own profile", …) cover the column.

alter table public.profiles
  add column summary text
    constraint profiles_summary_length check (char_length(summary) <= 4000);
comment on column public.profiles.summary is
  'The user''s own summary of their work and what they are looking for, as on a resume.';
