-- Share links: a revocable, unguessable, read-only link to one generated resume (JobStalker2's
-- generated_resumes.share_token). The owner manages links under RLS; the public reads through
-- get_public_generated_resume, a SECURITY DEFINER function that returns that resume and nothing else.

create table public.material_share_links (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  artifact_id uuid not null,
  -- 244 random bits from two v4 UUIDs, as 64 hex characters: unguessable without pgcrypto.
  token text not null unique
    default replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''),
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  constraint material_share_links_token_length check (length(token) >= 32),
  constraint material_share_links_artifact_fk foreign key (artifact_id, user_id)
    references public.ai_artifacts (id, user_id) on delete cascade
);
create index material_share_links_artifact_idx on public.material_share_links (artifact_id);
comment on index public.material_share_links_artifact_idx is 'Deleting an artifact cascades to its links; the FK action needs this lookup.';
alter table public.material_share_links enable row level security;
revoke all on table public.material_share_links from anon;
-- Revoking is the only change a link allows.
revoke update on table public.material_share_links from authenticated;
grant update (revoked_at) on table public.material_share_links to authenticated;
create policy "Users can read their own share links" on public.material_share_links
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own share links" on public.material_share_links
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can revoke their own share links" on public.material_share_links
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id)
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own share links" on public.material_share_links
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);

-- The one public read: the resume a live token names. Revoked, unknown or short tokens get no row;
-- only the resume's content and date leave, never its owner, job or any other artifact.
create function public.get_public_generated_resume(share_token text)
returns table (content text, created_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select a.content, a.created_at
    from public.material_share_links s
    join public.ai_artifacts a on a.id = s.artifact_id and a.user_id = s.user_id
   where s.token = share_token
     and length(share_token) >= 32
     and s.revoked_at is null
     and a.kind = 'resume';
$$;
comment on function public.get_public_generated_resume(text) is 'A shared resume by its live token; nothing else is reachable through it.';
revoke all on function public.get_public_generated_resume(text) from public;
grant execute on function public.get_public_generated_resume(text) to anon, authenticated;
