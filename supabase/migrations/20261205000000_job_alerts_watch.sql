-- Company watch (issue 17): a job alert follows one employer's public Greenhouse, Lever or Ashby board, and
-- syncs like the other user tables (20261204160000_sync_user_tables.sql): the server write sequence pulls page
-- by, tombstones for deletes, last writer wins by updated_at (the user's last edit).
--
-- Only what the user chose lives here. How each device's requests went (last run, backoff, Retry-After,
-- validators, outcome) and the postings it has seen stay in that browser: politeness answers one browser's
-- requests, and each device checks and notifies on its own. So last_run_at stays unused by the watch.
--
-- The saved-search columns keep their meaning: keywords = words a posting's title must contain one of,
-- locations = places its location must mention one of, work_types = {remote} for "remote only" (empty: any).
-- min_salary and currency stay for saved searches; the watch scores postings with the match engine instead.

create type public.watched_ats as enum ('greenhouse', 'lever', 'ashby');
comment on type public.watched_ats is 'Boards whose public API lists every open posting of an employer (WATCHED_ATS).';

alter table public.job_alerts
  add column ats public.watched_ats,
  add column board text check (char_length(board) between 1 and 3000),
  add column min_score smallint check (min_score between 0 and 100),
  add column sync_seq bigint not null default 0,
  -- A board is named only with its ATS, and a watch alert always says how good a match must be.
  add constraint job_alerts_board_with_ats check ((ats is null) = (board is null)),
  add constraint job_alerts_watch_has_min_score check (ats is null or min_score is not null),
  add constraint job_alerts_watch_work_types check (ats is null or work_types <@ '{remote}'::public.work_type[]),
  add constraint job_alerts_name_length check (char_length(name) <= 1000) not valid,
  add constraint job_alerts_lists_length check (cardinality(keywords) <= 200 and cardinality(locations) <= 200) not valid,
  -- One alert per board replaces one per name: two boards may carry one company name (Acme on Lever and Ashby),
  -- and a name used by a deleted alert (a tombstone) must not block a new one.
  drop constraint job_alerts_name_per_user;
comment on column public.job_alerts.ats is 'Company watch: the ATS of the followed board (null: a saved search).';
comment on column public.job_alerts.board is 'Company watch: the board''s name on its ATS, as its own page gives it.';
comment on column public.job_alerts.min_score is 'Company watch: notify only for postings scoring at least this (0–100).';
comment on column public.job_alerts.keywords is 'Words a posting''s title must contain one of (empty: any title).';

-- Board names compare case-insensitively, as on a device (boardKey); a deleted alert frees its board.
create unique index job_alerts_one_per_board on public.job_alerts (user_id, ats, lower(board))
  where ats is not null and deleted_at is null;
comment on index public.job_alerts_one_per_board is 'A user follows a board once: one request per board per period.';

update public.job_alerts set sync_seq = nextval('private.sync_seq');
create index job_alerts_sync_seq_idx on public.job_alerts (user_id, sync_seq);
comment on index public.job_alerts_sync_seq_idx is 'Sync pull: a user''s rows written after a cursor, in write order, tombstones included.';
create trigger job_alerts_stamp_sync_seq before insert or update on public.job_alerts
  for each row execute function private.stamp_sync_seq();
