-- Stage history made on a device while offline (or before first sign-in) reaches the server whole.
-- Sync sends a job's latest state once, so the job write records only its last move (the trigger in
-- 20261122000200); the moves before it came as events of their own and were refused. This records them:
-- only for the caller's own jobs, only new ids (history stays immutable), with the stage and cause checked
-- by their enums. Users still cannot write history directly (no insert grant on the table).
create or replace function public.record_synced_stage_history(events jsonb)
  returns setof uuid
  language sql security definer set search_path = ''
as $$
  insert into public.job_stage_events (id, user_id, job_id, from_stage, to_stage, at, cause, note)
  select (e ->> 'id')::uuid, j.user_id, j.id, (e ->> 'from')::public.job_stage, (e ->> 'to')::public.job_stage,
         (e ->> 'at')::timestamptz, (e ->> 'cause')::public.stage_event_cause, e ->> 'note'
  from jsonb_array_elements(events) as e
  join public.jobs j on j.id = (e ->> 'jobId')::uuid and j.user_id = (select auth.jwt() ->> 'sub')
  on conflict (id) do nothing
  returning id;
$$;
comment on function public.record_synced_stage_history(jsonb) is
  'Sync: records a device''s earlier stage moves of the caller''s own jobs (the job write records the last).';
revoke all on function public.record_synced_stage_history(jsonb) from public, anon;
grant execute on function public.record_synced_stage_history(jsonb) to authenticated;

-- The job write's own event keeps the move the device made (its "from"): a job first pushed at its third
-- stage was not created there.
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
    values ((synced ->> 'id')::uuid, new.user_id, new.id,
            coalesce(case when (synced ->> 'from') = any(enum_range(null::public.job_stage)::text[])
                          then (synced ->> 'from')::public.job_stage end,
                     case when tg_op = 'UPDATE' then old.stage end), new.stage,
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
