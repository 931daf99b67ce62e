// Identity keys are decided where capture decides them, so a card and a fresh capture agree.

import type { Job, JobDraft, PostingFields } from './job.ts';
import { fuzzyKey } from './job-identity.ts';
import { type Provenance, SOURCE_RANK } from './provenance.ts';

const POSTING_KEYS = [
  'title',
  'company',
  'locations',
  'workType',
  'salary',
  'employmentType',
  'descriptionHtml',
  'descriptionText',
  'requirements',
  'applyUrl',
  'postedAt',
  'validThrough',
] as const satisfies readonly (keyof PostingFields)[];

/** A new pipeline card from a first capture. */
export function jobFromDraft(draft: JobDraft, id: string, now: string): Job {
  const f = draft.fields;
  const title = f.title?.trim() || 'Untitled job';
  const company = f.company?.trim() ?? '';
  return {
    ...pick(f),
    id,
    title,
    company,
    url: draft.url,
    canonicalUrl: draft.canonicalUrl,
    ats: draft.ats,
    aliases: draft.url !== draft.canonicalUrl ? [draft.url] : [],
    fuzzyKey: fuzzyKey(company, title, f.locations?.[0]?.raw),
    provenance: { ...draft.provenance },
    userEdited: [],
    gaps: [...draft.gaps],
    ...(draft.enrichment ? { enrichment: draft.enrichment } : {}),
    stage: 'saved',
    excitement: null,
    deadline: null,
    notes: '',
    createdAt: now,
    updatedAt: now,
    stageChangedAt: now,
  };
}

/**
 * A later capture of a job already saved. Fields the user edited stay as they are; otherwise a
 * value is replaced only by one from an equal or stronger source, so a JSON-LD title is never
 * clobbered by a guess from the page text. Pipeline fields (stage, notes, excitement) are untouched.
 */
export function mergeDraftIntoJob(job: Job, draft: JobDraft, now: string): Job {
  const next: Job = { ...job, provenance: { ...job.provenance } };
  const record = next as unknown as Record<string, unknown>;
  for (const key of POSTING_KEYS) {
    const value = draft.fields[key];
    const incoming = draft.provenance[key];
    if (value === undefined || value === null || value === '' || job.userEdited.includes(key)) continue;
    const current: Provenance | undefined = job.provenance[key];
    const currentValue = record[key];
    const missing = currentValue === undefined || currentValue === null || currentValue === '';
    if (missing || !current || !incoming || SOURCE_RANK[incoming.source] >= SOURCE_RANK[current.source]) {
      record[key] = value;
      if (incoming) next.provenance[key] = incoming;
    }
  }
  if (draft.url !== job.url && draft.url !== job.canonicalUrl && !job.aliases.includes(draft.url)) {
    next.aliases = [...job.aliases, draft.url];
  }
  next.ats = job.ats ?? draft.ats;
  if (draft.enrichment) next.enrichment = draft.enrichment;
  next.gaps = job.gaps.filter((g) => record[g] === undefined || record[g] === null || record[g] === '');
  next.fuzzyKey = fuzzyKey(next.company, next.title, next.locations?.[0]?.raw);
  next.updatedAt = now;
  return next;
}

/** The user's own edit: it wins now and in every later capture. */
export function applyUserEdit(job: Job, patch: Partial<PostingFields>, now: string): Job {
  const next: Job = { ...job, ...patch, provenance: { ...job.provenance }, updatedAt: now };
  const edited = new Set(job.userEdited);
  for (const key of Object.keys(patch)) {
    edited.add(key);
    next.provenance[key] = { source: 'user', confidence: 1 };
  }
  next.userEdited = [...edited];
  next.gaps = job.gaps.filter((g) => !(g in patch));
  next.fuzzyKey = fuzzyKey(next.company, next.title, next.locations?.[0]?.raw);
  return next;
}

function pick(fields: Partial<PostingFields>): Partial<PostingFields> {
  const out: Record<string, unknown> = {};
  for (const key of POSTING_KEYS)
    if (fields[key] !== undefined && fields[key] !== null) out[key] = fields[key];
  return out as Partial<PostingFields>;
}
