-- Reminders sync (issue 16): the user's decisions follow them across devices, like job notes
-- (20261204160000_sync_user_tables.sql): the server write sequence pulls page by, tombstones for deletes, last
-- writer wins by updated_at (the user's last edit). What each device notified stays in its browser: every device
-- notifies on its own alarm (shared/reminders/decision.ts). The default follow-up days is a device setting.

-- Done and Snooze per reminder. The key names the reminder (deadline:<job>:<day>, follow-up:<job>:<applied at>,
-- interview:<round>:<time>); the id is derived from it on the device, so two devices deciding on one reminder
-- write one row.
create table public.reminder_decisions (
  id uuid primary key,
  user_id text not null default (auth.jwt() ->> 'sub'),
  key text not null check (char_length(key) between 1 and 200 and key ~ '^(deadline|follow-up|interview):\S+$'),
  job_id uuid not null,
  done_at timestamptz,
  snoozed_until timestamptz,
  deleted_at timestamptz, -- tombstone: sync carries deletes to other devices
  sync_seq bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint reminder_decisions_one_per_key unique (user_id, key),
  constraint reminder_decisions_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
comment on table public.reminder_decisions is 'What the user did with a reminder (Done, Snooze until), on every device.';
create index reminder_decisions_job_idx on public.reminder_decisions (job_id);
comment on index public.reminder_decisions_job_idx is 'Cascade deletes of a job find its reminders'' decisions.';
create index reminder_decisions_sync_seq_idx on public.reminder_decisions (user_id, sync_seq);
comment on index public.reminder_decisions_sync_seq_idx is 'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.';
alter table public.reminder_decisions enable row level security;
revoke all on table public.reminder_decisions from anon;
create policy "Users can read their own reminder decisions" on public.reminder_decisions
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own reminder decisions" on public.reminder_decisions
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own reminder decisions" on public.reminder_decisions
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own reminder decisions" on public.reminder_decisions
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger reminder_decisions_set_updated_at before update on public.reminder_decisions
  for each row execute function private.set_updated_at();
create trigger reminder_decisions_stamp_sync_seq before insert or update on public.reminder_decisions
  for each row execute function private.stamp_sync_seq();

-- A job's own follow-up days (without one, the default applies). One per job: sync writes the job's id as the
-- row's (backend/sync/tables-reminders.ts), and the unique job_id keeps one per job whatever a client sends.
create table public.job_follow_ups (
  id uuid primary key,
  user_id text not null default (auth.jwt() ->> 'sub'),
  job_id uuid not null,
  days smallint not null check (days between 1 and 90),
  deleted_at timestamptz, -- tombstone: "back to the default" on one device reaches the others
  sync_seq bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint job_follow_ups_one_per_job unique (job_id),
  constraint job_follow_ups_job_fk foreign key (job_id, user_id) references public.jobs (id, user_id) on delete cascade
);
comment on table public.job_follow_ups is 'Days after applying before a job''s follow-up is due, when the job sets its own.';
create index job_follow_ups_sync_seq_idx on public.job_follow_ups (user_id, sync_seq);
comment on index public.job_follow_ups_sync_seq_idx is 'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.';
alter table public.job_follow_ups enable row level security;
revoke all on table public.job_follow_ups from anon;
create policy "Users can read their own follow-up days" on public.job_follow_ups
  for select to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can add their own follow-up days" on public.job_follow_ups
  for insert to authenticated
  with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can update their own follow-up days" on public.job_follow_ups
  for update to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id) with check ((select auth.jwt() ->> 'sub') = user_id);
create policy "Users can delete their own follow-up days" on public.job_follow_ups
  for delete to authenticated
  using ((select auth.jwt() ->> 'sub') = user_id);
create trigger job_follow_ups_set_updated_at before update on public.job_follow_ups
  for each row execute function private.set_updated_at();
create trigger job_follow_ups_stamp_sync_seq before insert or update on public.job_follow_ups
  for each row execute function private.stamp_sync_seq();
