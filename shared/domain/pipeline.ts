import { newId, nowIso } from './common.ts';
import type { Job } from './job.ts';
import { assertTransition, type Stage, type StageEvent } from './stages.ts';

/** Moves a job to a stage and returns the updated job with the StageEvent that records it. */
export function changeStage(
  job: Job,
  to: Stage,
  cause: StageEvent['cause'],
  at: string = nowIso(),
  note?: string,
): { job: Job; event: StageEvent } {
  assertTransition(job.stage, to, cause);
  const event: StageEvent = {
    id: newId(),
    jobId: job.id,
    from: job.stage,
    to,
    at,
    cause,
    ...(note ? { note } : {}),
  };
  return { job: { ...job, stage: to, stageChangedAt: at, updatedAt: at }, event };
}

/** Counts jobs per stage, every stage present (zeros included) in pipeline order. */
export function countByStage(jobs: readonly Pick<Job, 'stage'>[]): Record<Stage, number> {
  const counts = {
    saved: 0,
    applied: 0,
    screening: 0,
    interviewing: 0,
    offer: 0,
    accepted: 0,
    rejected: 0,
    withdrawn: 0,
    ghosted: 0,
  } satisfies Record<Stage, number>;
  for (const j of jobs) counts[j.stage]++;
  return counts;
}
