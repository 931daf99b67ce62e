-- Sync writes a batch of jobs in one statement, so the device's stage events come as one map for the whole
-- transaction (`jobraker.stage_events`: {"<job id>": {id, to, at, cause, note}}) instead of one setting per
-- write. The event is used only when it belongs to this job and names the stage it actually moved to; only
-- a real stage change of the user's own job (RLS applies to the job write) records anything.
create or replace function private.record_stage_event() returns trigger
  language plpgsql security definer set search_path = ''
as $$
declare
  requested text := nullif(current_setting('jobraker.stage_cause', true), '');
  synced jsonb := nullif(current_setting('jobraker.stage_events', true), '')::jsonb -> (new.id::text);
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
