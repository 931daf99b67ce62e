import type { Stage } from '../domain/stages.ts';

/** The funnel's stages in order. A job counts at a stage when it reached that stage or a later one. */
export const FUNNEL_STAGES = ['saved', 'applied', 'screening', 'interviewing', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** How a split groups jobs: by the board/ATS it came from, by persona, by ISO week of applying. */
export const SPLITS = ['board', 'persona', 'week'] as const;
export type Split = (typeof SPLITS)[number];

/** Time spent in one stage, over every completed stay in it (a stay the job has since left). */
export interface StageTime {
  stage: Stage;
  /** Completed stays measured. */
  intervals: number;
  medianDays: number;
  meanDays: number;
}

/** The figures for one group of jobs (all jobs, or one board / persona / week). */
export interface GroupFigures {
  /** The group's key: an ATS kind, a persona id or an ISO week ("2026-W49"); null = none known. */
  key: string | null;
  jobs: number;
  funnel: Record<FunnelStage, number>;
  /** Applied jobs that heard back (reached screening or later, or rejected). */
  responded: number;
  /** responded / applied; null when nothing was applied to. */
  responseRate: number | null;
  /** Stages with at least one completed stay, in pipeline order. */
  stageTimes: StageTime[];
}

export interface PipelineAnalytics {
  overall: GroupFigures;
  /** Groups sorted by key, the null key last. */
  byBoard: GroupFigures[];
  byPersona: GroupFigures[];
  /** Applied jobs only. */
  byWeek: GroupFigures[];
}

/** What the measures read of a job: its current stage, its source board and the persona it was scored under. */
export interface AnalyticsJob {
  id: string;
  stage: Stage;
  board: string | null;
  personaId: string | null;
}

/** What the measures read of a stage event. */
export interface AnalyticsEvent {
  id: string;
  jobId: string;
  from: Stage | null;
  to: Stage;
  at: string;
  cause: string;
}
