// The import preview: each row new, a duplicate (of a saved job or an earlier row), or an error; and the
// jobs and stage history the confirmed rows become. Duplicates are found by the capture identity: the
// canonical URL (or a saved alias) and the company|title|city key.

import type { Job } from '../domain/job.ts';
import { fuzzyKey } from '../domain/job-identity.ts';
import type { Stage, StageEvent } from '../domain/stages.ts';
import type { ImportedJob, ParsedRow } from './import.ts';

export interface PreviewRow {
  line: number;
  title: string;
  company: string;
  stage: Stage | null;
  status: 'new' | 'duplicate' | 'error';
  /** Why it is a duplicate or an error; empty for a new row. */
  message: string;
}

export type Identity = Pick<Job, 'title' | 'company' | 'canonicalUrl' | 'aliases' | 'fuzzyKey'>;

const keyOf = (j: ImportedJob) => fuzzyKey(j.company, j.title, j.locations[0]?.raw);

/** Classifies parsed rows against the saved jobs; `accepted` holds the rows a confirmation would save. */
export function previewRows(
  rows: readonly ParsedRow[],
  saved: readonly Identity[],
): { rows: PreviewRow[]; accepted: ImportedJob[] } {
  const byUrl = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const j of saved) {
    const name = `“${j.title}” at ${j.company || 'an unknown company'}, already saved`;
    for (const u of [j.canonicalUrl, ...j.aliases]) byUrl.set(u, name);
    if (j.company) byKey.set(j.fuzzyKey, name);
  }
  const out: PreviewRow[] = [];
  const accepted: ImportedJob[] = [];
  for (const row of rows) {
    if (!row.ok) {
      out.push({
        line: row.line,
        title: row.title,
        company: '',
        stage: null,
        status: 'error',
        message: row.error,
      });
      continue;
    }
    const { job } = row;
    const base = { line: row.line, title: job.title, company: job.company, stage: job.stage };
    const same = byUrl.get(job.canonicalUrl) ?? byUrl.get(job.url) ?? byKey.get(keyOf(job));
    if (same) {
      out.push({ ...base, status: 'duplicate', message: `Same job as ${same}` });
      continue;
    }
    const name = `row ${row.line} of this file`;
    byUrl.set(job.canonicalUrl, name);
    byKey.set(keyOf(job), name);
    out.push({ ...base, status: 'new', message: '' });
    accepted.push(job);
  }
  return { rows: out, accepted };
}

/** A calendar date from the file as an instant: midday UTC, so it stays on that date in every time zone. */
const instant = (date: string | null, fallback: string) => (date ? `${date}T12:00:00.000Z` : fallback);

/** The job and its stage history an accepted row becomes. */
export function toJob(
  imported: ImportedJob,
  ids: () => string,
  now: string,
  note: string,
): { job: Job; events: StageEvent[] } {
  const savedAt = instant(imported.savedOn, now);
  const appliedAt = imported.appliedOn ? instant(imported.appliedOn, now) : null;
  const id = ids();
  const event = (from: Stage | null, to: Stage, at: string): StageEvent => ({
    id: ids(),
    jobId: id,
    from,
    to,
    at,
    cause: 'capture',
    note,
  });
  const events = [event(null, 'saved', savedAt)];
  const { stage } = imported;
  if (stage !== 'saved') {
    if (appliedAt && stage !== 'applied') events.push(event('saved', 'applied', appliedAt));
    const from = events.at(-1)!.to;
    events.push(event(from, stage, appliedAt ?? savedAt));
  }
  const job: Job = {
    id,
    title: imported.title,
    company: imported.company,
    url: imported.url,
    canonicalUrl: imported.canonicalUrl,
    ats: null,
    aliases: imported.url !== imported.canonicalUrl ? [imported.url] : [],
    fuzzyKey: keyOf(imported),
    provenance: {},
    userEdited: [],
    gaps: [],
    locations: imported.locations,
    salary: imported.salary,
    descriptionText: imported.description,
    stage,
    excitement: imported.excitement,
    deadline: imported.deadline,
    notes: imported.notes,
    createdAt: savedAt,
    updatedAt: now,
    stageChangedAt: events.at(-1)!.at,
  };
  return { job, events };
}
