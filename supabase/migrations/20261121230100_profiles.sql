-- Profiles: the person behind the applications, and the normalized parts of their history.
-- Mirrors shared/domain/profile.ts. One profile per user; experience etc. are rows, not JSON copies.

create table public.profiles (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  first_name text,
  last_name text,
  email text check (email is null or email = '' or email ~ '^[^@\s]+@[^@\s]+$'),
  phone text,
  linkedin_url text,
  github_url text,
  portfolio_url text,
  website_url text,
  address_line1 text,
  city text,
  region text,
  postal_code text,
  country text check (country is null or country ~ '^[A-Z]{2}$'), -- ISO 3166-1 alpha-2
  willing_to_relocate boolean,
  work_authorization text[] not null default '{}', -- ISO alpha-2 countries, no sponsorship needed
  requires_sponsorship boolean,
  salary_currency text check (salary_currency is null or salary_currency ~ '^[A-Z]{3}$'),
  salary_min numeric(12, 2) check (salary_min >= 0),
  salary_max numeric(12, 2) check (salary_max >= 0),
  salary_period public.pay_period,
  target_titles text[] not null default '{}',
  work_types public.work_type[] not null default '{}',
  industries text[] not null default '{}',
  -- Demographic answers: null means "leave it to me", never a guess.
  eeo_gender text,
  eeo_race text,
  eeo_veteran_status text,
  eeo_disability_status text,
  earliest_start_date date,
  how_did_you_hear text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profiles_one_per_user unique (user_id),
  constraint profiles_salary_range check (salary_min is null or salary_max is null or salary_min <= salary_max)
);
comment on table public.profiles is 'One per user: contact, links, location, authorization, salary and work preferences.';
alter table public.profiles enable row level security;
revoke all on table public.profiles from anon;
create policy "Users can read their own profile" on public.profiles
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own profile" on public.profiles
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own profile" on public.profiles
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own profile" on public.profiles
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profiles_set_updated_at before update on public.profiles
  for each row execute function private.set_updated_at();

create type public.proficiency as enum ('beginner', 'intermediate', 'advanced', 'expert');
create type public.skill_source as enum ('resume', 'input', 'inferred');

create table public.profile_experiences (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  title text not null check (length(trim(title)) > 0),
  company text not null check (length(trim(company)) > 0),
  location text,
  start_month text check (start_month ~ '^\d{4}-\d{2}$'),
  end_month text check (end_month ~ '^\d{4}-\d{2}$'),
  is_current boolean not null default false,
  bullets text[] not null default '{}',
  position integer not null default 0, -- display order chosen by the user
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profile_experiences_dates check (start_month is null or end_month is null or start_month <= end_month)
);
-- Profile editor and matching list one user's experience in display order.
create index profile_experiences_user_position_idx on public.profile_experiences (user_id, position);
comment on index public.profile_experiences_user_position_idx is 'Profile editor and matcher read a user''s experience in display order.';
alter table public.profile_experiences enable row level security;
revoke all on table public.profile_experiences from anon;
create policy "Users can read their own experience" on public.profile_experiences
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own experience" on public.profile_experiences
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own experience" on public.profile_experiences
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own experience" on public.profile_experiences
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profile_experiences_set_updated_at before update on public.profile_experiences
  for each row execute function private.set_updated_at();

create table public.profile_education (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  school text not null check (length(trim(school)) > 0),
  degree text,
  field text,
  start_month text check (start_month ~ '^\d{4}-\d{2}$'),
  end_month text check (end_month ~ '^\d{4}-\d{2}$'),
  gpa text,
  position integer not null default 0,
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profile_education_dates check (start_month is null or end_month is null or start_month <= end_month)
);
create index profile_education_user_position_idx on public.profile_education (user_id, position);
comment on index public.profile_education_user_position_idx is 'Profile editor and matcher read a user''s education in display order.';
alter table public.profile_education enable row level security;
revoke all on table public.profile_education from anon;
create policy "Users can read their own education" on public.profile_education
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own education" on public.profile_education
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own education" on public.profile_education
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own education" on public.profile_education
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profile_education_set_updated_at before update on public.profile_education
  for each row execute function private.set_updated_at();

create table public.profile_skills (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  proficiency public.proficiency,
  years numeric(4, 1) check (years between 0 and 60),
  source public.skill_source not null default 'input',
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profile_skills_name_per_user unique (user_id, name)
);
comment on table public.profile_skills is 'Skills with proficiency; the matcher compares them with posting requirements.';
alter table public.profile_skills enable row level security;
revoke all on table public.profile_skills from anon;
create policy "Users can read their own skills" on public.profile_skills
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own skills" on public.profile_skills
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own skills" on public.profile_skills
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own skills" on public.profile_skills
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profile_skills_set_updated_at before update on public.profile_skills
  for each row execute function private.set_updated_at();

create table public.profile_certifications (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  issuer text,
  issued_month text check (issued_month ~ '^\d{4}-\d{2}$'),
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profile_certifications_id_user unique (id, user_id)
);
create index profile_certifications_user_idx on public.profile_certifications (user_id);
comment on index public.profile_certifications_user_idx is 'Profile editor lists one user''s certifications; RLS filters on user_id.';
alter table public.profile_certifications enable row level security;
revoke all on table public.profile_certifications from anon;
create policy "Users can read their own certifications" on public.profile_certifications
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own certifications" on public.profile_certifications
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own certifications" on public.profile_certifications
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own certifications" on public.profile_certifications
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profile_certifications_set_updated_at before update on public.profile_certifications
  for each row execute function private.set_updated_at();

create table public.profile_projects (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  name text not null check (length(trim(name)) > 0),
  description text,
  url text check (url is null or url = '' or url ~ '^https?://'),
  skills text[] not null default '{}',
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profile_projects_id_user unique (id, user_id)
);
create index profile_projects_user_idx on public.profile_projects (user_id);
comment on index public.profile_projects_user_idx is 'Profile editor lists one user''s projects; RLS filters on user_id.';
alter table public.profile_projects enable row level security;
revoke all on table public.profile_projects from anon;
create policy "Users can read their own projects" on public.profile_projects
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own projects" on public.profile_projects
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own projects" on public.profile_projects
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own projects" on public.profile_projects
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger profile_projects_set_updated_at before update on public.profile_projects
  for each row execute function private.set_updated_at();

-- A custom application question answered once and reused (shared/domain SavedAnswer).
create table public.saved_answers (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  question text not null check (length(trim(question)) > 0),
  answer text not null default '',
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint saved_answers_id_user unique (id, user_id)
);
create index saved_answers_user_idx on public.saved_answers (user_id);
comment on index public.saved_answers_user_idx is 'Autofill loads all of a user''s saved answers to find the most similar question.';
alter table public.saved_answers enable row level security;
revoke all on table public.saved_answers from anon;
create policy "Users can read their own saved answers" on public.saved_answers
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own saved answers" on public.saved_answers
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own saved answers" on public.saved_answers
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own saved answers" on public.saved_answers
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger saved_answers_set_updated_at before update on public.saved_answers
  for each row execute function private.set_updated_at();
