-- Jobs: archiving (issue 16, the Pipeline board). An archived job leaves the board but keeps its stage, history
-- and every row that points at it; archiving again or un-archiving is an ordinary edit that sync carries.
-- No new table and no new policy: the jobs policies ("Users can update their own jobs", …) cover the column.

alter table public.jobs add column archived_at timestamptz;
comment on column public.jobs.archived_at is
  'When the user archived the job (null: on the board). Set and cleared by the client; synced like any job edit.';
