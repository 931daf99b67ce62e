-- A coach reads a client's pipeline (jobs, stage history), job notes and materials (artifacts and the
-- choices among them), read-only, while the client keeps the relationship active. Every policy looks the
-- relationship up on every read, so a pause or an end stops access with the very next query.
--
-- Scoped to the coach view: these policies apply only in a transaction that says it reads as a coach
-- (`select set_config('jobraker.read_as', 'coach', true)`, set by the coach function). Every other path
-- that means "my rows" by RLS alone (sync pull and push, delete-my-data, materials) keeps meaning exactly
-- that, so a coach's own sync never pulls a client's jobs into the coach's browser. The setting grants
-- nothing by itself: the active relationship is the check.
--
-- Index-friendly: the client list is an uncorrelated ARRAY(...) subquery, planned once per statement as an
-- InitPlan from coach_relationships_coach_idx, so `user_id = any(...)` is an index condition on each
-- table's user_id-led index (jobs_sync_seq_idx, job_stage_events_user_at_idx, the *_sync_seq_idx of the
-- others) and an owner's own queries keep their plan (tests/bench/pipeline-rls.ts).
-- No insert, update or delete policy is added: the owner-only write policies keep the coach out.

create policy "Coaches can read the jobs of clients who actively share with them" on public.jobs
  for select to authenticated
  using (current_setting('jobraker.read_as', true) = 'coach' and user_id = any (array(
    select r.user_id from public.coach_relationships r
     where r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active')));

create policy "Coaches can read the stage history of clients who actively share with them" on public.job_stage_events
  for select to authenticated
  using (current_setting('jobraker.read_as', true) = 'coach' and user_id = any (array(
    select r.user_id from public.coach_relationships r
     where r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active')));

create policy "Coaches can read the job notes of clients who actively share with them" on public.job_notes
  for select to authenticated
  using (current_setting('jobraker.read_as', true) = 'coach' and user_id = any (array(
    select r.user_id from public.coach_relationships r
     where r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active')));

create policy "Coaches can read the AI artifacts of clients who actively share with them" on public.ai_artifacts
  for select to authenticated
  using (current_setting('jobraker.read_as', true) = 'coach' and user_id = any (array(
    select r.user_id from public.coach_relationships r
     where r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active')));

create policy "Coaches can read the material choices of clients who actively share with them" on public.job_materials
  for select to authenticated
  using (current_setting('jobraker.read_as', true) = 'coach' and user_id = any (array(
    select r.user_id from public.coach_relationships r
     where r.coach_id = (select auth.jwt() ->> 'sub') and r.status = 'active')));
