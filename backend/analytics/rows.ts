// The SQL function's long rows (public.my_pipeline_analytics, one per dimension, key and stage) back into the
// shape the extension computes locally (shared/analytics), so the two can be shown and compared as one type.
import { compareKeys } from '../../shared/analytics/measures.ts';
import { FUNNEL_STAGES, type GroupFigures, type PipelineAnalytics } from '../../shared/analytics/types.ts';
import { STAGES, type Stage } from '../../shared/domain/stage-names.ts';

export interface AnalyticsRow {
  dimension: string;
  key: string | null;
  stage: string | null;
  jobs: string | number | null;
  saved: string | number | null;
  applied: string | number | null;
  screening: string | number | null;
  interviewing: string | number | null;
  offer: string | number | null;
  responded: string | number | null;
  response_rate: number | null;
  intervals: string | number | null;
  median_days: number | null;
  mean_days: number | null;
}

export const ANALYTICS_SQL = 'select * from public.my_pipeline_analytics()';

const emptyGroup = (key: string | null): GroupFigures => ({
  key,
  jobs: 0,
  funnel: { saved: 0, applied: 0, screening: 0, interviewing: 0, offer: 0 },
  responded: 0,
  responseRate: null,
  stageTimes: [],
});

/** bigint columns arrive as strings from node-postgres. */
const int = (v: string | number | null) => Number(v ?? 0);

export function analyticsFromRows(rows: readonly AnalyticsRow[]): PipelineAnalytics {
  const dimensions = new Map<string, Map<string | null, GroupFigures>>();
  for (const row of rows) {
    const groups = dimensions.get(row.dimension) ?? new Map<string | null, GroupFigures>();
    dimensions.set(row.dimension, groups);
    const group = groups.get(row.key) ?? emptyGroup(row.key);
    groups.set(row.key, group);
    if (row.stage === null) {
      group.jobs = int(row.jobs);
      for (const stage of FUNNEL_STAGES) group.funnel[stage] = int(row[stage]);
      group.responded = int(row.responded);
      group.responseRate = row.response_rate;
    } else {
      group.stageTimes.push({
        stage: row.stage as Stage,
        intervals: int(row.intervals),
        medianDays: Number(row.median_days),
        meanDays: Number(row.mean_days),
      });
    }
  }
  const sorted = (dimension: string) =>
    [...(dimensions.get(dimension)?.values() ?? [])]
      .map((g) => ({ ...g, stageTimes: g.stageTimes.sort((a, b) => rank(a.stage) - rank(b.stage)) }))
      .sort((a, b) => compareKeys(a.key, b.key));
  return {
    overall: sorted('all')[0] ?? emptyGroup(null),
    byBoard: sorted('board'),
    byPersona: sorted('persona'),
    byWeek: sorted('week'),
  };
}

const rank = (stage: Stage) => STAGES.indexOf(stage);
