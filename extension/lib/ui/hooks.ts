import { useLiveQuery } from 'dexie-react-hooks';
import { countByStage, type Job } from '../../../shared/domain/index.ts';
import { db } from '../db/database.ts';

/** All jobs, newest first, updating live as the background writes. `undefined` while loading. */
export function useJobs(): Job[] | undefined {
  return useLiveQuery(() => db().jobs.orderBy('createdAt').reverse().toArray(), []);
}

export function useRecentJobs(limit = 5): Job[] | undefined {
  return useLiveQuery(() => db().jobs.orderBy('createdAt').reverse().limit(limit).toArray(), [limit]);
}

export function useStageCounts(): ReturnType<typeof countByStage> | undefined {
  return useLiveQuery(async () => countByStage(await db().jobs.toArray()), []);
}

export function useJob(jobId: string | null): Job | undefined | null {
  return useLiveQuery(async () => (jobId ? ((await db().jobs.get(jobId)) ?? null) : null), [jobId]);
}

/** Match score per job id, live. */
export function useScores(): Map<string, number> | undefined {
  return useLiveQuery(async () => new Map((await db().matches.toArray()).map((m) => [m.jobId, m.score])), []);
}

/** Match rank (the unrounded score, to order jobs that show the same score) per job id, live. */
export function useRanks(): Map<string, number> | undefined {
  return useLiveQuery(
    async () => new Map((await db().matches.toArray()).map((m) => [m.jobId, m.rank ?? m.score])),
    [],
  );
}
