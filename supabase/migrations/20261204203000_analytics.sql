-- Analytics (issue 16): the pipeline's measures for the calling user, computed in SQL with the exact
-- definitions of shared/analytics/measures.ts (its doc comment is the specification; the integration test
-- tests/integration/analytics.test.ts holds the two equal on the same data).
--
-- Security invoker: it reads jobs, stage history and matches as the caller, so row-level security limits it
-- to the caller's own rows; it writes nothing and sees nothing RLS would hide.
--
-- One row per (dimension, key, stage): dimension 'all' | 'board' | 'persona' | 'week'. A row with a null
-- stage carries the group's counts (jobs, funnel, responded, response_rate); a row with a stage carries the
-- time spent in that stage (completed stays, median and mean days).
create function public.my_pipeline_analytics()
returns table (
  dimension text,
  key text,
  stage text,
  jobs bigint,
  saved bigint,
  applied bigint,
  screening bigint,
  interviewing bigint,
  offer bigint,
  responded bigint,
  response_rate double precision,
  intervals bigint,
  median_days double precision,
  mean_days double precision
)
language sql stable security invoker set search_path = '' as $$
  with funnel_rank (stage, rank) as (
    values ('saved', 0), ('applied', 1), ('screening', 2), ('interviewing', 3), ('offer', 4), ('accepted', 4)
  ),
  live_jobs as (
    select j.id, j.stage::text as stage, j.ats::text as board,
           (select m.persona_id::text from public.job_matches m
             where m.job_id = j.id and m.deleted_at is null
             order by m.computed_at desc, m.id desc limit 1) as persona
      from public.jobs j
     where j.deleted_at is null
  ),
  -- Events that change the stage, at millisecond precision (what a browser's clock and Date.parse hold).
  moves as (
    select e.id, e.job_id, e.from_stage::text as from_stage, e.to_stage::text as to_stage, e.cause::text as cause,
           date_trunc('milliseconds', e.at) as at
      from public.job_stage_events e
      join live_jobs j on j.id = e.job_id
     where e.from_stage is distinct from e.to_stage
  ),
  neighbours as (
    select m.*,
           lead(m.cause) over w as next_cause, lead(m.to_stage) over w as next_to, lag(m.from_stage) over w as prev_from
      from moves m
    window w as (partition by m.job_id order by m.at, m.id)
  ),
  -- A move directly followed by an undo back to where it came from never happened: both go.
  timeline as (
    select n.id, n.job_id, n.to_stage, n.at
      from neighbours n
     where not coalesce(n.next_cause = 'undo' and n.next_to = n.from_stage, false)
       and not coalesce(n.cause = 'undo' and n.to_stage = n.prev_from, false)
  ),
  stays as (
    select t.job_id, t.to_stage as stage,
           ((extract(epoch from lead(t.at) over w) - extract(epoch from t.at)) * 1000)::bigint as ms
      from timeline t
    window w as (partition by t.job_id order by t.at, t.id)
  ),
  job_facts as (
    select j.id, j.board, j.persona,
           greatest(coalesce(cr.rank, 0), coalesce(max(r.rank), 0)) as rank,
           j.stage = 'rejected' or coalesce(bool_or(t.to_stage = 'rejected'), false) as rejected,
           to_char(min(t.at) filter (where r.rank >= 1) at time zone 'UTC', 'IYYY-"W"IW') as week
      from live_jobs j
      left join funnel_rank cr on cr.stage = j.stage
      left join timeline t on t.job_id = j.id
      left join funnel_rank r on r.stage = t.to_stage
     group by j.id, j.board, j.persona, j.stage, cr.rank
  ),
  job_groups as (
    select d.dimension, d.key, f.*
      from job_facts f
     cross join lateral (values ('all', null), ('board', f.board), ('persona', f.persona), ('week', f.week))
           as d (dimension, key)
     where d.dimension <> 'week' or f.rank >= 1
  ),
  counts as (
    select g.dimension, g.key, null::text as stage,
           count(*) as jobs,
           count(*) filter (where g.rank >= 0) as saved,
           count(*) filter (where g.rank >= 1) as applied,
           count(*) filter (where g.rank >= 2) as screening,
           count(*) filter (where g.rank >= 3) as interviewing,
           count(*) filter (where g.rank >= 4) as offer,
           count(*) filter (where g.rank >= 1 and (g.rank >= 2 or g.rejected)) as responded
      from job_groups g
     group by g.dimension, g.key
  )
  select c.dimension, c.key, c.stage, c.jobs, c.saved, c.applied, c.screening, c.interviewing, c.offer,
         c.responded,
         case when c.applied > 0 then c.responded::double precision / c.applied::double precision end,
         null::bigint, null::double precision, null::double precision
    from counts c
  union all
  select g.dimension, g.key, s.stage, null, null, null, null, null, null, null, null,
         count(*),
         percentile_cont(0.5) within group (order by s.ms::double precision) / 86400000::double precision,
         sum(s.ms)::double precision / count(*)::double precision / 86400000::double precision
    from stays s
    join job_groups g on g.id = s.job_id
   where s.ms is not null
   group by g.dimension, g.key, s.stage
$$;
comment on function public.my_pipeline_analytics() is
  'The caller''s pipeline measures (funnel, response rate, time in stage; overall and by board, persona, ISO week of applying), as defined in shared/analytics/measures.ts. Runs as the caller under RLS.';
revoke all on function public.my_pipeline_analytics() from public, anon;
grant execute on function public.my_pipeline_analytics() to authenticated;
