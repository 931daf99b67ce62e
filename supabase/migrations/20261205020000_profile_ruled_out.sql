-- Profiles: what the user says they do not want ("people management", "MLOps", "ward-based"). Matching
-- holds a posting that runs into one of these against it, and says so in the explanation.
-- No new policy: the profiles policies ("Users can update their own profile", …) cover the column.

alter table public.profiles
  add column ruled_out text[] not null default '{}'
    constraint profiles_ruled_out_fit check (private.texts_fit(ruled_out, 30, 80));
comment on column public.profiles.ruled_out is
  'Roles and kinds of work the user does not want: at most 30, each at most 80 characters.';
