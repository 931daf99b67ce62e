-- Coach invitations: the client makes a one-time code, the coach redeems it. Both are SECURITY DEFINER
-- functions (search_path pinned, executable by authenticated only) rather than table writes because:
-- - the code must be made by the server (100 random bits from pgcrypto), never chosen by a client;
-- - redeeming must find a pending invite the coach cannot read yet, and claim it in the same statement
--   that clears its hash (single use), with the failed-attempt count in the same transaction.
-- Both run as the caller's token says (auth.jwt() ->> 'sub'), so the same SQL serves PostgREST's /rpc on a
-- hosted project and the coach Edge Function (which calls them as the user).

-- Codes are typed or pasted by people: case, spaces and dashes do not matter, and O/I/L read as 0/1/1
-- (Crockford base 32). Only the SHA-256 of the normalized code is stored.
create or replace function private.coach_code_sha256(code text) returns text
  language sql immutable parallel safe set search_path = ''
as $$
  select encode(sha256(convert_to(
    translate(upper(regexp_replace(code, '[^0-9A-Za-z]', '', 'g')), 'OIL', '011'), 'UTF8')), 'hex')
$$;

-- Failed redemptions per coach, for the rate limit. Not in the API's schema: only redeem_coach_invite writes it.
create table private.coach_invite_attempts (
  coach_id text not null,
  at timestamptz not null default now()
);
create index coach_invite_attempts_coach_idx on private.coach_invite_attempts (coach_id, at);
comment on index private.coach_invite_attempts_coach_idx is 'The rate limit counts a coach''s recent failed codes.';

create function public.create_coach_invite()
returns table (relationship_id uuid, code text, expires_at timestamptz)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  client text := auth.jwt() ->> 'sub';
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  random_bytes bytea := extensions.gen_random_bytes(20);
  raw text := '';
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
  insert into public.coach_relationships (user_id, invite_sha256)
  values (client, private.coach_code_sha256(raw))
  returning * into invite;
  return query select invite.id,
    concat_ws('-', substr(raw, 1, 5), substr(raw, 6, 5), substr(raw, 11, 5), substr(raw, 16, 5)),
    invite.invite_expires_at;
end
$$;
comment on function public.create_coach_invite() is 'A new one-time coach invitation for the caller: the code is returned once and stored hashed.';
revoke all on function public.create_coach_invite() from public;
grant execute on function public.create_coach_invite() to authenticated;

-- Outcomes: redeemed | invalid (unknown, used or ended) | expired | own_code | already_connected | rate_limited.
-- Ten failures in an hour stop a coach's attempts for the rest of that hour (guessing is hopeless anyway:
-- 2^100 codes against a handful of live ones).
create function public.redeem_coach_invite(code text)
returns table (outcome text, relationship_id uuid, client_id text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  coach text := auth.jwt() ->> 'sub';
  invite public.coach_relationships;
  verdict text;
begin
  if coalesce(coach, '') = '' then
    raise exception 'Sign in to redeem a coach invitation' using errcode = 'insufficient_privilege';
  end if;
  delete from private.coach_invite_attempts a where a.coach_id = coach and a.at < now() - interval '1 day';
  if (select count(*) from private.coach_invite_attempts a
       where a.coach_id = coach and a.at > now() - interval '1 hour') >= 10 then
    return query select 'rate_limited'::text, null::uuid, null::text;
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
    return query select 'already_connected'::text, null::uuid, invite.user_id;
    return;
  else
    update public.coach_relationships r set coach_id = coach, status = 'active' where r.id = invite.id;
    return query select 'redeemed'::text, invite.id, invite.user_id;
    return;
  end if;
  insert into private.coach_invite_attempts (coach_id) values (coach);
  return query select verdict, null::uuid, null::text;
end
$$;
comment on function public.redeem_coach_invite(text) is 'A coach claims a pending invitation by its code (once); failed codes are rate-limited per coach.';
revoke all on function public.redeem_coach_invite(text) from public;
grant execute on function public.redeem_coach_invite(text) to authenticated;
