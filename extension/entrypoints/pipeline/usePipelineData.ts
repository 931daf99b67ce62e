import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { Persona } from '../../../shared/domain/index.ts';
import { type PipelineItem, pipelineItem } from '../../../shared/pipeline/items.ts';
import {
  buildSearchIndex,
  type SearchIndex,
  type TokenCache,
} from '../../../shared/pipeline/search-index.ts';
import { db } from '../../lib/db/database.ts';

export interface PipelineData {
  items: PipelineItem[];
  personas: Persona[];
  index: SearchIndex;
}

/** Every job with its match, the personas, and the search index over them, live as the background writes. */
export function usePipelineData(): PipelineData | undefined {
  const rows = useLiveQuery(async () => {
    const database = db();
    const [jobs, matches, personas] = await Promise.all([
      database.jobs.orderBy('createdAt').reverse().toArray(),
      database.matches.toArray(),
      database.personas.toArray(),
    ]);
    return { jobs, matches, personas };
  }, []);
  // Kept across updates: a move re-reads only the jobs whose text changed.
  const words = useRef<TokenCache>(new Map());
  return useMemo(() => {
    if (!rows) return undefined;
    const byJob = new Map(rows.matches.map((m) => [m.jobId, m]));
    const items = rows.jobs.map((job) => pipelineItem(job, byJob.get(job.id)));
    const index = buildSearchIndex(
      rows.jobs.map((j) => ({
        id: j.id,
        version: j.updatedAt,
        title: j.title,
        company: j.company,
        // The user's tags are searchable too ("referral" finds the jobs tagged so).
        description: `${(j.tags ?? []).join(' ')} ${j.descriptionText ?? ''}`,
      })),
      words.current,
    );
    return { items, personas: rows.personas, index };
  }, [rows]);
}
