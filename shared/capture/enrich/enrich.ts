import { boardById } from '../../boards/index.ts';
import type { Enrichment, JobDraft, PostingField } from '../../domain/job.ts';
import type { PostingFields } from '../types.ts';
import { ATS_APIS } from './ats-api.ts';

export type FetchJson = (url: string) => Promise<unknown>;

const API_CONFIDENCE = 0.9;

/**
 * Fills what the page lacked from the ATS's public job API (Greenhouse, Lever, Ashby). Only empty
 * fields are filled, each marked `source: 'api'`; the page's own values stay. A failure (network,
 * 404, an answer we can't read) is recorded in `enrichment` and changes nothing else.
 */
export async function enrichDraft(
  draft: JobDraft,
  fetchJson: FetchJson,
  now = new Date(),
): Promise<JobDraft> {
  const api = draft.ats ? ATS_APIS[draft.ats.ats] : undefined;
  const url = draft.ats && boardById(draft.ats.ats)?.jobApi?.(draft.ats);
  if (!draft.ats || !api || !url) return draft;
  const at = now.toISOString();
  const record = (e: Omit<Enrichment, 'api' | 'at'>): Enrichment => ({ api: draft.ats!.ats, at, ...e });
  let found: Partial<PostingFields> | null;
  try {
    found = api.read(await fetchJson(url), draft.ats);
  } catch (error) {
    return { ...draft, enrichment: record({ ok: false, message: (error as Error).message }) };
  }
  if (!found)
    return {
      ...draft,
      enrichment: record({ ok: false, message: 'The job board API did not return this job.' }),
    };
  const fields: Record<string, unknown> = { ...draft.fields };
  const provenance = { ...draft.provenance };
  const filled: string[] = [];
  for (const [key, value] of Object.entries(found) as [PostingField, unknown][]) {
    const current = fields[key];
    const empty =
      current === undefined ||
      current === null ||
      current === '' ||
      (Array.isArray(current) && current.length === 0);
    if (!empty || value === undefined || value === null || value === '') continue;
    fields[key] = value;
    provenance[key] = { source: 'api', confidence: API_CONFIDENCE, detail: `${draft.ats.ats} public API` };
    filled.push(key);
  }
  return {
    ...draft,
    fields: fields as JobDraft['fields'],
    provenance,
    gaps: draft.gaps.filter((g) => !filled.includes(g)),
    enrichment: record({ ok: true, filled }),
  };
}
