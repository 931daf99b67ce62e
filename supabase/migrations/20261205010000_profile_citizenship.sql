-- Profiles: citizenship and permanent residence, apart from the right to work. Some postings are open to
-- citizens only ("Singapore Citizens only", "U.S. citizenship required"), or to citizens and permanent
-- residents; authorization alone does not say whether the person qualifies.
-- No new policy: the profiles policies ("Users can update their own profile", …) cover the columns.

alter table public.profiles
  add column citizenship text[] not null default '{}'
    constraint profiles_citizenship_codes check (
      cardinality(citizenship) <= 20 and array_to_string(citizenship, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
  add column permanent_residence text[] not null default '{}'
    constraint profiles_permanent_residence_codes check (
      cardinality(permanent_residence) <= 20
      and array_to_string(permanent_residence, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$');
comment on column public.profiles.citizenship is 'ISO 3166-1 alpha-2 countries the user is a citizen of.';
comment on column public.profiles.permanent_residence is
  'ISO 3166-1 alpha-2 countries where the user holds permanent residence (green card, PR, settled status).';
