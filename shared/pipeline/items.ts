import { boardOfUrl, toUrl } from '../boards/index.ts';
import type { Job, MatchResult } from '../domain/index.ts';

/** One job as the board shows and filters it: the job plus what is read from its match and its URL. */
export interface PipelineItem {
  job: Job;
  score: number | null;
  /** The persona the job was scored for (its best fit), if any. */
  personaId: string | null;
  /** The board or ATS it was saved from (a registered board's id), or `other`. */
  source: string;
  /** The user's own tags, then labels read off the posting (work type, employment type), to filter by. */
  tags: string[];
}

export const OTHER_SOURCE = 'other';

const TAG_LABELS: Record<string, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};
export const tagLabel = (tag: string): string => TAG_LABELS[tag] ?? tag;

/** Where a job was saved from: the registered board its URL belongs to. */
export function sourceOf(job: Pick<Job, 'url'>): string {
  const url = toUrl(job.url);
  return (url && boardOfUrl(url)?.id) || OTHER_SOURCE;
}

export function pipelineItem(
  job: Job,
  match: Pick<MatchResult, 'score' | 'personaId'> | undefined,
): PipelineItem {
  return {
    job,
    score: match ? Math.round(match.score) : null,
    personaId: match?.personaId ?? null,
    source: sourceOf(job),
    tags: [...(job.tags ?? []), job.workType, job.employmentType].filter(
      (t): t is NonNullable<typeof t> => !!t,
    ),
  };
}
