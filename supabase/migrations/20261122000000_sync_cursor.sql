-- Sync: a server-side change sequence for pull cursors, and stage history that keeps the client's event id.
--
-- Why not updated_at as the cursor: updated_at is the client's edit time (last-writer-wins compares it),
-- so an edit made offline yesterday and pushed today would sort before every other device's cursor and never
-- be pulled. sync_seq is stamped by the server on every write instead. The sync function takes a per-user
-- advisory lock around pushes and pulls, so one user's sequence numbers become visible in order.

create sequence private.sync_seq;

create or replace function private.stamp_sync_seq() returns trigger
  language plpgsql security definer set search_path = ''
as $$
begin
  new.sync_seq := nextval('private.sync_seq');
  return new;
end
$$;
revoke all on function private.stamp_sync_seq() from public;

alter table public.jobs add column sync_seq bigint not null default 0;
update public.jobs set sync_seq = nextval('private.sync_seq');
create trigger jobs_stamp_sync_seq before insert or update on public.jobs
  for each row execute function private.stamp_sync_seq();
create index jobs_sync_seq_idx on public.jobs (user_id, sync_seq);
comment on index public.jobs_sync_seq_idx is 'Sync pull: a user''s jobs written after a cursor, in write order, tombstones included.';

alter table public.job_stage_events add column sync_seq bigint not null default 0;
update public.job_stage_events set sync_seq = nextval('private.sync_seq');
create trigger job_stage_events_stamp_sync_seq before insert on public.job_stage_events
  for each row execute function private.stamp_sync_seq();
create index job_stage_events_sync_seq_idx on public.job_stage_events (user_id, sync_seq);
comment on index public.job_stage_events_sync_seq_idx is 'Sync pull: a user''s stage history written after a cursor.';

-- History still comes only from this trigger, but a synced move keeps the id, time, cause and note of the
-- event the device recorded (`jobraker.stage_event`, set by the sync function for that one write), so every
-- device ends up with the same event rows. Only a real stage change of the user's own job (RLS applies to
-- the job write) produces a row, so the setting cannot forge history.
create or replace function private.record_stage_event() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  requested text := nullif(current_setting('jobraker.stage_cause', true), '');
  synced jsonb := nullif(current_setting('jobraker.stage_event', true), '')::jsonb;
  cause public.stage_event_cause;
begin
  if tg_op = 'UPDATE' and new.stage is not distinct from old.stage then
    return new;
  end if;
  if synced is not null and (synced ->> 'to') = new.stage::text then
    insert into public.job_stage_events (id, user_id, job_id, from_stage, to_stage, at, cause, note)
    values ((synced ->> 'id')::uuid, new.user_id, new.id, case when tg_op = 'UPDATE' then old.stage end, new.stage,
            coalesce((synced ->> 'at')::timestamptz, new.stage_changed_at, now()),
            coalesce((synced ->> 'cause')::public.stage_event_cause, 'sync'), synced ->> 'note')
    on conflict (id) do nothing;
    return new;
  end if;
  if tg_op = 'INSERT' then
    cause := 'capture';
  elsif requested in ('user', 'undo', 'autofill', 'sync') then
    cause := requested::public.stage_event_cause;
  else
    cause := 'user';
  end if;
  insert into public.job_stage_events (user_id, job_id, from_stage, to_stage, at, cause)
  values (new.user_id, new.id, case when tg_op = 'UPDATE' then old.stage end, new.stage,
          coalesce(new.stage_changed_at, now()), cause);
  return new;
end
$$;
revoke all on function private.record_stage_event() from public;
