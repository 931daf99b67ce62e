import { STAGES, type Stage } from '../domain/stage-names.ts';
import {
  type AnalyticsEvent,
  type AnalyticsJob,
  FUNNEL_STAGES,
  type GroupFigures,
  type PipelineAnalytics,
  type Split,
  type StageTime,
} from './types.ts';
import { isoWeek } from './week.ts';

export const DAY_MS = 86_400_000;

/** A stage's place in the funnel; an accepted offer was an offer. Rejected, withdrawn, ghosted have none. */
export const FUNNEL_RANK: Partial<Record<Stage, number>> = {
  saved: 0,
  applied: 1,
  screening: 2,
  interviewing: 3,
  offer: 4,
  accepted: 4,
};

interface Move {
  id: string;
  from: Stage | null;
  to: Stage;
  ms: number;
  cause: string;
}

interface JobFacts {
  job: AnalyticsJob;
  /** Highest funnel rank reached (0 = saved). */
  rank: number;
  rejected: boolean;
  week: string | null;
  /** Completed stays: [stage, milliseconds]. */
  stays: [Stage, number][];
}

/**
 * The pipeline's measures over live jobs and their stage events. The SQL function
 * `public.my_pipeline_analytics()` (supabase/migrations/20261204203000_analytics.sql) computes the same
 * definitions; tests/integration/analytics.test.ts holds them equal.
 *
 * - Timeline: a job's events ordered by time (to the millisecond, UTC) then id. Events that change
 *   nothing (from = to) are dropped. A move followed directly by an undo back to where it came from
 *   (next event has cause `undo` and goes to the move's `from`) never happened: both events are dropped.
 * - Reached: a job reached its current stage, `saved`, and the `to` of every event left in its timeline.
 * - Funnel: the count of jobs whose highest reached funnel stage (saved → applied → screening →
 *   interviewing → offer; accepted counts as offer) is at or beyond each stage. A skipped screening
 *   still counts as passed, so the funnel never grows from one stage to the next.
 * - Applied: jobs that reached applied or beyond. Responded: applied jobs that reached screening or
 *   beyond, or rejected. Ghosted and silent applications are the rest. Rate = responded / applied.
 * - Time in stage: for consecutive timeline events, the time from one to the next is a stay in the
 *   first one's `to` stage. The current stay (no next event) is not counted. Median (the mean of the two
 *   middle stays when even) and mean, in days of 86,400 s.
 * - Splits: board = the job's ATS kind (null: none recorded); persona = the persona of the job's match
 *   (null: scored against the plain profile, or not scored); week = the ISO week (UTC) of the first
 *   timeline event reaching applied or beyond; only applied jobs are split by week (null: no such event).
 */
export function computeAnalytics(
  jobs: readonly AnalyticsJob[],
  events: readonly AnalyticsEvent[],
): PipelineAnalytics {
  const movesByJob = new Map<string, Move[]>();
  for (const job of jobs) movesByJob.set(job.id, []);
  for (const e of events) {
    if (e.from === e.to) continue;
    movesByJob.get(e.jobId)?.push({ id: e.id, from: e.from, to: e.to, ms: Date.parse(e.at), cause: e.cause });
  }
  const facts = jobs.map((job) => factsOf(job, timeline(movesByJob.get(job.id) ?? [])));
  const split = (by: Split) => groupBy(facts, by);
  return {
    overall: figures(null, facts),
    byBoard: split('board'),
    byPersona: split('persona'),
    byWeek: split('week'),
  };
}

function timeline(moves: Move[]): Move[] {
  moves.sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const undoes = (next: Move | undefined, move: Move | undefined) =>
    !!next && !!move && next.cause === 'undo' && next.to === move.from;
  return moves.filter((m, i) => !undoes(moves[i + 1], m) && !undoes(m, moves[i - 1]));
}

function factsOf(job: AnalyticsJob, moves: Move[]): JobFacts {
  let rank = Math.max(0, FUNNEL_RANK[job.stage] ?? 0);
  let rejected = job.stage === 'rejected';
  let appliedMs: number | null = null;
  const stays: [Stage, number][] = [];
  moves.forEach((m, i) => {
    const r = FUNNEL_RANK[m.to];
    if (r !== undefined) rank = Math.max(rank, r);
    if (r !== undefined && r >= 1 && appliedMs === null) appliedMs = m.ms;
    if (m.to === 'rejected') rejected = true;
    const next = moves[i + 1];
    if (next) stays.push([m.to, next.ms - m.ms]);
  });
  return { job, rank, rejected, week: appliedMs === null ? null : isoWeek(appliedMs), stays };
}

function keyOf(f: JobFacts, by: Split): string | null {
  if (by === 'board') return f.job.board;
  if (by === 'persona') return f.job.personaId;
  return f.week;
}

function groupBy(facts: JobFacts[], by: Split): GroupFigures[] {
  const groups = new Map<string | null, JobFacts[]>();
  for (const f of facts) {
    if (by === 'week' && f.rank < 1) continue;
    const key = keyOf(f, by);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, group]) => figures(key, group));
}

/** Group order: keys ascending (code-point order, as Postgres's "C" collation would), the null key last. */
export const compareKeys = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

function figures(key: string | null, facts: JobFacts[]): GroupFigures {
  const funnel = Object.fromEntries(
    FUNNEL_STAGES.map((s, rank) => [s, facts.filter((f) => f.rank >= rank).length]),
  ) as GroupFigures['funnel'];
  const responded = facts.filter((f) => f.rank >= 1 && (f.rank >= 2 || f.rejected)).length;
  const stays = new Map<Stage, number[]>();
  for (const f of facts) {
    for (const [stage, ms] of f.stays) {
      const list = stays.get(stage);
      if (list) list.push(ms);
      else stays.set(stage, [ms]);
    }
  }
  const stageTimes: StageTime[] = STAGES.filter((s) => stays.has(s)).map((stage) =>
    stageTime(stage, stays.get(stage) ?? []),
  );
  return {
    key,
    jobs: facts.length,
    funnel,
    responded,
    responseRate: funnel.applied ? responded / funnel.applied : null,
    stageTimes,
  };
}

/** Median as Postgres's percentile_cont(0.5) computes it, mean as sum / n: the same doubles in both. */
function stageTime(stage: Stage, ms: number[]): StageTime {
  ms.sort((a, b) => a - b);
  const n = ms.length;
  const lo = ms[Math.floor((n - 1) / 2)] ?? 0;
  const hi = ms[Math.ceil((n - 1) / 2)] ?? 0;
  const median = lo === hi ? lo : lo + (hi - lo) * 0.5;
  const sum = ms.reduce((a, b) => a + b, 0);
  return { stage, intervals: n, medianDays: median / DAY_MS, meanDays: sum / n / DAY_MS };
}
