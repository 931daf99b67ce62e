import { STAGES, type Stage } from '../domain/stages.ts';
import type { PipelineItem } from './items.ts';
import type { SearchIndex } from './search-index.ts';

/** What the board is narrowed to. Every field empty = every live (not archived) job. */
export interface PipelineFilter {
  query: string;
  personaId: string;
  /** Jobs scoring at least this (0–100); 0 = any, including unscored. */
  minScore: number;
  company: string;
  tag: string;
  source: string;
  /** Saved on or after / on or before (YYYY-MM-DD, the local calendar day of createdAt). */
  savedFrom: string;
  savedTo: string;
  archived: 'live' | 'archived';
}

export const EMPTY_FILTER: PipelineFilter = {
  query: '',
  personaId: '',
  minScore: 0,
  company: '',
  tag: '',
  source: '',
  savedFrom: '',
  savedTo: '',
  archived: 'live',
};

/** `YYYY-MM-DD` of an ISO time in the user's time zone (a job saved late in the evening is that day's). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function matchesFilter(item: PipelineItem, f: PipelineFilter): boolean {
  const { job } = item;
  if ((f.archived === 'archived') !== !!job.archivedAt) return false;
  if (f.personaId && item.personaId !== f.personaId) return false;
  if (f.minScore > 0 && (item.score ?? -1) < f.minScore) return false;
  if (f.company && job.company !== f.company) return false;
  if (f.tag && !item.tags.includes(f.tag)) return false;
  if (f.source && item.source !== f.source) return false;
  if (f.savedFrom || f.savedTo) {
    const day = localDay(job.createdAt);
    if (f.savedFrom && day < f.savedFrom) return false;
    if (f.savedTo && day > f.savedTo) return false;
  }
  return true;
}

/** The items the filter keeps, in their given order; the search index answers the query part. */
export function applyFilter(
  items: readonly PipelineItem[],
  f: PipelineFilter,
  index?: SearchIndex,
): PipelineItem[] {
  const found = f.query.trim() && index ? index.search(f.query) : null;
  return items.filter((item) => (!found || found.has(item.job.id)) && matchesFilter(item, f));
}

/** The values each filter can take, from the jobs at hand (sorted, no duplicates). */
export function filterOptions(items: readonly PipelineItem[]) {
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    companies: sorted(items.map((i) => i.job.company)),
    tags: sorted(items.flatMap((i) => i.tags)),
    sources: sorted(items.map((i) => i.source)),
    personaIds: sorted(items.flatMap((i) => (i.personaId ? [i.personaId] : []))),
  };
}

/** Items per stage column, every stage present, in pipeline order. */
export function groupByStage(items: readonly PipelineItem[]): Record<Stage, PipelineItem[]> {
  const columns = Object.fromEntries(STAGES.map((s) => [s, [] as PipelineItem[]])) as Record<
    Stage,
    PipelineItem[]
  >;
  for (const item of items) columns[item.job.stage].push(item);
  return columns;
}

export type SortKey = 'title' | 'company' | 'stage' | 'score' | 'excitement' | 'deadline' | 'createdAt';
export interface SortOrder {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const sortValue = (item: PipelineItem, key: SortKey): string | number | null => {
  switch (key) {
    case 'stage':
      return STAGES.indexOf(item.job.stage);
    case 'score':
      return item.score;
    case 'excitement':
      return item.job.excitement;
    case 'deadline':
      return item.job.deadline;
    default:
      return item.job[key];
  }
};

/** Sorted copy for the list view; empty values go last whichever the direction. */
export function sortItems(items: readonly PipelineItem[], { key, dir }: SortOrder): PipelineItem[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order;
  });
}
