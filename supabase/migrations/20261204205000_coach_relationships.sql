-- Coach sharing (issue 17 part 3): a client invites a coach with a one-time code; the coach redeems it and
-- then reads the client's pipeline while the client keeps the relationship active. One row per invitation:
-- pending (a code waits, no coach yet) -> active <-> paused -> ended (final; invite again to restart).
-- The owner (user_id) is the client. Rows are created and redeemed only through the functions in
-- 20261204205300_coach_invites.sql, so codes are always server-made and stored hashed.

create type public.coach_relationship_status as enum ('pending', 'active', 'paused', 'ended');

create table public.coach_relationships (
  id uuid primary key default gen_random_uuid(),
  user_id text not null default (auth.jwt() ->> 'sub'),
  coach_id text check (char_length(coach_id) <= 200),
  status public.coach_relationship_status not null default 'pending',
  -- SHA-256 (hex) of the normalized invite code; cleared once redeemed or ended, so a code works once.
  invite_sha256 text check (invite_sha256 ~ '^[0-9a-f]{64}$'),
  invite_expires_at timestamptz not null default now() + interval '7 days',
  activated_at timestamptz,
  paused_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A pending invite has no coach yet; a live relationship always has one; an ended one may have either.
  constraint coach_relationships_coach_when_live check (
    (status <> 'pending' or coach_id is null) and (status not in ('active', 'paused') or coach_id is not null)),
  constraint coach_relationships_not_self check (coach_id is distinct from user_id)
);
create unique index coach_relationships_invite_idx on public.coach_relationships (invite_sha256)
  where invite_sha256 is not null;
comment on index public.coach_relationships_invite_idx is 'Redeeming finds the one pending invite a code hashes to.';
create index coach_relationships_client_idx on public.coach_relationships (user_id, created_at desc);
comment on index public.coach_relationships_client_idx is 'A client''s coaches, newest invitation first.';
create index coach_relationships_coach_idx on public.coach_relationships (coach_id) include (user_id, status)
  where coach_id is not null;
comment on index public.coach_relationships_coach_idx is 'Every coach read policy looks up the caller''s active clients here (index-only).';
create unique index coach_relationships_one_live_idx on public.coach_relationships (user_id, coach_id)
  where status in ('active', 'paused');
comment on index public.coach_relationships_one_live_idx is 'One live relationship per client and coach.';

alter table public.coach_relationships enable row level security;
revoke all on table public.coach_relationships from anon;
-- Rows come only from create_coach_invite / redeem_coach_invite; the client may change the status alone.
revoke insert, update on table public.coach_relationships from authenticated;
grant update (status) on table public.coach_relationships to authenticated;
create policy "Users can read their own coach relationships" on public.coach_relationships
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
-- A coach sees a paused relationship (to say so) but not an ended one: an ended relationship leaves them nothing.
create policy "Coaches can read the relationships they joined until the client ends them" on public.coach_relationships
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = coach_id and status in ('active', 'paused'));
create policy "Users can update their own coach relationships" on public.coach_relationships
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own coach relationships" on public.coach_relationships
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger coach_relationships_set_updated_at before update on public.coach_relationships
  for each row execute function private.set_updated_at();

-- The only moves: pending -> active (redeem), active <-> paused, anything -> ended. Ended is final.
create or replace function private.coach_relationship_transition() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if new.status is not distinct from old.status then
    return new;
  end if;
  if old.status = 'ended' then
    raise exception 'This coach relationship has ended; invite the coach again to share with them'
      using errcode = 'check_violation';
  end if;
  if new.status = 'pending' or (new.status = 'paused' and old.status <> 'active')
     or (new.status = 'active' and old.status = 'pending' and new.coach_id is null) then
    raise exception 'A coach relationship cannot go from % to %', old.status, new.status
      using errcode = 'check_violation';
  end if;
  if new.status = 'active' and old.status = 'pending' then
    new.activated_at := now();
    new.invite_sha256 := null;
  elsif new.status = 'active' then
    new.paused_at := null;
  elsif new.status = 'paused' then
    new.paused_at := now();
  elsif new.status = 'ended' then
    new.ended_at := now();
    new.invite_sha256 := null;
  end if;
  return new;
end
$$;
create trigger coach_relationships_transition before update on public.coach_relationships
  for each row execute function private.coach_relationship_transition();
