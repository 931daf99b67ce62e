-- Profiles: where a move is welcome. "I would relocate within the EU, but not outside it" is a yes to a move
-- with a limit; matching holds a posting abroad outside it as a move the person would not make.
-- No new policy: the profiles policies ("Users can update their own profile", …) cover the column.

alter table public.profiles
  add column relocate_to text[] not null default '{}'
    constraint profiles_relocate_to_codes check (
      cardinality(relocate_to) <= 40 and array_to_string(relocate_to, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$');
comment on column public.profiles.relocate_to is
  'ISO 3166-1 alpha-2 countries the user would move to for a job; empty means anywhere (when willing to relocate).';
