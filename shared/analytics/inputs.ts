import type { Job, MatchResult } from '../domain/index.ts';
import type { AnalyticsJob } from './types.ts';

/** The measures' view of local rows: a job's board is its ATS kind, its persona the one its match was scored under. */
export function analyticsJobs(
  jobs: readonly Pick<Job, 'id' | 'stage' | 'ats'>[],
  matches: readonly Pick<MatchResult, 'jobId' | 'personaId'>[],
): AnalyticsJob[] {
  const persona = new Map(matches.map((m) => [m.jobId, m.personaId]));
  return jobs.map((j) => ({
    id: j.id,
    stage: j.stage,
    board: j.ats?.ats ?? null,
    personaId: persona.get(j.id) ?? null,
  }));
}
