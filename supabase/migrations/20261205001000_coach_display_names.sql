-- Coach sharing shows people, not user ids (issue 17 part 3): each side of a relationship names itself for
-- the other. The client names themself when making the invitation, the coach when redeeming its code; each
-- name is written only by that side's security-definer function (no column grant), so a client can never
-- set the coach's name nor a coach the client's. Names are plain text the UI renders as text.
-- Read access is unchanged: the coach's select policy already hides an ended relationship, and the client's
-- name is also cleared when it ends, so an ended relationship keeps nothing of the client for the coach.

alter table public.coach_relationships
  add column client_name text,
  add column coach_name text,
  add constraint coach_relationships_client_name_shape check (
    client_name is null or (char_length(client_name) between 1 and 80 and client_name = btrim(client_name))),
  add constraint coach_relationships_coach_name_shape check (
    coach_name is null or (char_length(coach_name) between 1 and 80 and coach_name = btrim(coach_name)));
comment on column public.coach_relationships.client_name is 'How the client names themself to the coach (set by create_coach_invite).';
comment on column public.coach_relationships.coach_name is 'How the coach names themself to the client (set by redeem_coach_invite).';

-- A typed name as stored: control and invisible direction characters removed (they could disguise one name
-- as another), runs of white space made one space, trimmed; blank means no name. Over 80 characters is
-- refused with a sentence rather than cut, so nobody is shown a name they did not choose.
create function private.coach_display_name(raw text) returns text
  language plpgsql immutable parallel safe set search_path = ''
as $$
declare
  name text := nullif(btrim(regexp_replace(
    regexp_replace(coalesce(raw, ''), '[[:cntrl:]\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]', ' ', 'g'),
    '\s+', ' ', 'g')), '');
begin
  if char_length(name) > 80 then
    raise exception 'A display name can be at most 80 characters' using errcode = 'check_violation';
  end if;
  return name;
end
$$;

-- Ending forgets the client's name (the coach could no longer read it anyway); the coach's name stays,
-- because the client keeps that coach's notes and sees who wrote them.
create function private.coach_relationship_forget_client_name() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if new.status = 'ended' then
    new.client_name := null;
  end if;
  return new;
end
$$;
create trigger coach_relationships_forget_client_name before update on public.coach_relationships
  for each row execute function private.coach_relationship_forget_client_name();

-- Both functions gain a name argument (default none, so existing callers keep working); the argument list
-- and result change, so they are dropped and made again with the same bodies plus the name.
drop function public.create_coach_invite();
create function public.create_coach_invite(display_name text default null)
returns table (relationship_id uuid, code text, expires_at timestamptz)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  client text := auth.jwt() ->> 'sub';
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  random_bytes bytea := extensions.gen_random_bytes(20);
  raw text := '';
  name text := private.coach_display_name(display_name);
  invite public.coach_relationships;
begin
  if coalesce(client, '') = '' then
    raise exception 'Sign in to invite a coach' using errcode = 'insufficient_privilege';
  end if;
  if (select count(*) from public.coach_relationships r
       where r.user_id = client and r.status = 'pending' and r.invite_expires_at > now()) >= 5 then
    raise exception 'You already have 5 open invitations; cancel one before making another'
      using errcode = 'program_limit_exceeded';
  end if;
  -- 20 symbols of 32 (256 is a multiple of 32, so every symbol is equally likely): 100 bits.
  for i in 0..19 loop
    raw := raw || substr(alphabet, get_byte(random_bytes, i) % 32 + 1, 1);
  end loop;
  insert into public.coach_relationships (user_id, invite_sha256, client_name)
  values (client, private.coach_code_sha256(raw), name)
  returning * into invite;
  return query select invite.id,
    concat_ws('-', substr(raw, 1, 5), substr(raw, 6, 5), substr(raw, 11, 5), substr(raw, 16, 5)),
    invite.invite_expires_at;
end
$$;
comment on function public.create_coach_invite(text) is 'A new one-time coach invitation for the caller, who names themself to the coach: the code is returned once and stored hashed.';
revoke all on function public.create_coach_invite(text) from public;
grant execute on function public.create_coach_invite(text) to authenticated;

-- Outcomes as before; a redeemed or already-connected code also says how the client named themself.
drop function public.redeem_coach_invite(text);
create function public.redeem_coach_invite(code text, display_name text default null)
returns table (outcome text, relationship_id uuid, client_id text, client_name text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  coach text := auth.jwt() ->> 'sub';
  name text := private.coach_display_name(display_name);
  invite public.coach_relationships;
  verdict text;
begin
  if coalesce(coach, '') = '' then
    raise exception 'Sign in to redeem a coach invitation' using errcode = 'insufficient_privilege';
  end if;
  delete from private.coach_invite_attempts a where a.coach_id = coach and a.at < now() - interval '1 day';
  if (select count(*) from private.coach_invite_attempts a
       where a.coach_id = coach and a.at > now() - interval '1 hour') >= 10 then
    return query select 'rate_limited'::text, null::uuid, null::text, null::text;
    return;
  end if;
  if code is not null and char_length(code) <= 100 then
    select * into invite from public.coach_relationships r
     where r.invite_sha256 = private.coach_code_sha256(code) and r.status = 'pending'
     for update;
  end if;
  if invite.id is null then
    verdict := 'invalid';
  elsif invite.invite_expires_at <= now() then
    verdict := 'expired';
  elsif invite.user_id = coach then
    verdict := 'own_code';
  elsif exists (select 1 from public.coach_relationships r where r.user_id = invite.user_id
                   and r.coach_id = coach and r.status in ('active', 'paused')) then
    return query select 'already_connected'::text, null::uuid, invite.user_id, invite.client_name;
    return;
  else
    update public.coach_relationships r set coach_id = coach, status = 'active', coach_name = name
     where r.id = invite.id;
    return query select 'redeemed'::text, invite.id, invite.user_id, invite.client_name;
    return;
  end if;
  insert into private.coach_invite_attempts (coach_id) values (coach);
  return query select verdict, null::uuid, null::text, null::text;
end
$$;
comment on function public.redeem_coach_invite(text, text) is 'A coach claims a pending invitation by its code (once), naming themself to the client; failed codes are rate-limited per coach.';
revoke all on function public.redeem_coach_invite(text, text) from public;
grant execute on function public.redeem_coach_invite(text, text) to authenticated;

-- Either side may later change its own name on a relationship, and only its own: the function picks the
-- column from who the caller is, so no argument can reach the other side's name. The client may rename
-- until the relationship ends, the coach while it is live (what each may also read). Returns the
-- relationship's id, or nothing when the caller has no such relationship (the same answer for a stranger,
-- an ended relationship, or a wrong id).
create function public.set_coach_display_name(relationship_id uuid, display_name text)
returns table (id uuid, client_name text, coach_name text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me text := auth.jwt() ->> 'sub';
  name text := private.coach_display_name(display_name);
begin
  if coalesce(me, '') = '' then
    raise exception 'Sign in to change your name' using errcode = 'insufficient_privilege';
  end if;
  return query
    update public.coach_relationships r
       set client_name = case when r.user_id = me then name else r.client_name end,
           coach_name = case when r.coach_id = me then name else r.coach_name end
     where r.id = set_coach_display_name.relationship_id
       and ((r.user_id = me and r.status <> 'ended')
            or (r.coach_id = me and r.status in ('active', 'paused')))
    returning r.id, r.client_name, r.coach_name;
end
$$;
comment on function public.set_coach_display_name(uuid, text) is 'Changes the caller''s own name on one of their coach relationships (the client''s or the coach''s side, never the other''s).';
revoke all on function public.set_coach_display_name(uuid, text) from public;
grant execute on function public.set_coach_display_name(uuid, text) to authenticated;
