export { sameFigures } from './compare.ts';
export { analyticsJobs } from './inputs.ts';
export { compareKeys, computeAnalytics, DAY_MS, FUNNEL_RANK } from './measures.ts';
export * from './types.ts';
export { isoWeek } from './week.ts';
