-- One "a user's jobs, newest first" index that row-level security can use.
-- Under RLS, Postgres applies the policy (user_id = the token's sub) before any of the query's own
-- conditions that are not leakproof. Enum equality (enum_eq) is not leakproof, so `stage = 'applied'`
-- can never be an index condition in a user's query, and the (user_id, stage, updated_at) key was dead
-- weight. Key on (user_id, updated_at desc): the pipeline list reads the user's jobs newest first and
-- checks stage on the way; the sync pull reads updated_at > cursor from the same index; stage and
-- deleted_at are INCLUDEd so per-stage counts of live jobs are index-only.
drop index if exists public.jobs_pipeline_idx;
drop index if exists public.jobs_sync_cursor_idx;
create index jobs_user_recent_idx on public.jobs (user_id, updated_at desc) include (stage, deleted_at);
comment on index public.jobs_user_recent_idx is 'Pipeline list, per-stage counts and sync pull under RLS: a user''s jobs newest first (stage included, not keyed: enum equality is not leakproof).';
