// The pipeline CSV in the browser's database: export every job; preview a Huntr or Teal file against the
// saved jobs (writes nothing); import the previewed new rows in one transaction once the user confirms.
import { Job, newId, nowIso, StageEvent } from '../../../shared/domain/index.ts';
import { pipelineCsv } from '../../../shared/pipeline-csv/export.ts';
import { parsePipelineCsv } from '../../../shared/pipeline-csv/import.ts';
import { type PreviewRow, previewRows, toJob } from '../../../shared/pipeline-csv/preview.ts';
import { SOURCE_LABELS } from '../../../shared/pipeline-csv/sources.ts';
import { lastAppliedAt } from '../../../shared/reminders/due.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export interface CsvImportPreview {
  source: string;
  rows: PreviewRow[];
  counts: Record<PreviewRow['status'], number>;
}
export interface CsvImportResult {
  imported: number;
  duplicates: number;
  errors: number;
}

export async function exportPipelineCsv(db: JobrakerDatabase): Promise<string> {
  const [jobs, events, notes, interviews] = await Promise.all([
    db.jobs.orderBy('createdAt').toArray(),
    db.stageEvents.toArray(),
    db.jobNotes.toArray(),
    db.interviews.toArray(),
  ]);
  const applied = lastAppliedAt(events);
  const count = (rows: { jobId: string }[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r.jobId, (m.get(r.jobId) ?? 0) + 1);
    return m;
  };
  const noteCounts = count(notes);
  const interviewCounts = count(interviews);
  return pipelineCsv(
    jobs.map((job) => ({
      job,
      appliedAt: applied.get(job.id) ?? null,
      notes: noteCounts.get(job.id) ?? 0,
      interviews: interviewCounts.get(job.id) ?? 0,
    })),
  );
}

async function preview(db: JobrakerDatabase, text: string) {
  const parsed = parsePipelineCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const saved = await db.jobs.toArray();
  return { source: SOURCE_LABELS[parsed.source], ...previewRows(parsed.rows, saved) };
}

export async function previewCsvImport(db: JobrakerDatabase, text: string): Promise<CsvImportPreview> {
  const { source, rows } = await preview(db, text);
  const counts = { new: 0, duplicate: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  return { source, rows, counts };
}

/** Saves the new rows of a file the user previewed; reads it again so what is saved is what was shown. */
export async function confirmCsvImport(db: JobrakerDatabase, text: string): Promise<CsvImportResult> {
  return db.transaction('rw', db.jobs, db.stageEvents, async () => {
    const { source, rows, accepted } = await preview(db, text);
    const now = nowIso();
    const built = accepted.map((row) => toJob(row, newId, now, `Imported from ${source} CSV`));
    // Every row is checked against the stored shape before any is written: one bad row writes nothing.
    for (const { job, events } of built) {
      Job.parse(job);
      for (const e of events) StageEvent.parse(e);
    }
    await db.jobs.bulkAdd(built.map((b) => b.job));
    await db.stageEvents.bulkAdd(built.flatMap((b) => b.events));
    return {
      imported: built.length,
      duplicates: rows.filter((r) => r.status === 'duplicate').length,
      errors: rows.filter((r) => r.status === 'error').length,
    };
  });
}
