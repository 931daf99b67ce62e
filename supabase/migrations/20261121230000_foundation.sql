-- Foundation: private helpers and value enums shared by several domains.
-- Every later migration uses these. Mirrors shared/domain/common.ts.

-- Helpers live in `private`, which the API does not expose, so clients cannot call them as RPCs.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated;

-- updated_at: sync writes carry the client's edit time (last-writer-wins compares it), so an update that
-- sets updated_at explicitly keeps it; every other update is stamped with the server clock.
create or replace function private.set_updated_at() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  if new.updated_at is not distinct from old.updated_at then
    new.updated_at := now();
  end if;
  return new;
end
$$;

-- Immutable rows (AI artifacts, logs, history): a change is a new row, never an edit.
create or replace function private.reject_update() returns trigger
  language plpgsql set search_path = ''
as $$
begin
  raise exception '% rows are immutable; insert a new row instead', tg_table_name
    using errcode = 'restrict_violation';
end
$$;

-- shared/domain/common.ts
create type public.pay_period as enum ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');
create type public.work_type as enum ('remote', 'hybrid', 'onsite');
