// The pipeline as CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line break). A
// cell that would run as a spreadsheet formula is prefixed with ' so it shows as text.
import Papa from 'papaparse';
import type { Job } from '../domain/job.ts';
import { STAGE_LABELS } from '../domain/stage-names.ts';
import { FORMULA_START } from './csv-rules.ts';

export interface ExportRow {
  job: Job;
  /** When the job last moved to Applied, if ever. */
  appliedAt: string | null;
  notes: number;
  interviews: number;
}

export const EXPORT_COLUMNS = [
  'Title',
  'Company',
  'Stage',
  'Saved',
  'Applied',
  'Stage changed',
  'Deadline',
  'Location',
  'Work type',
  'Salary min',
  'Salary max',
  'Currency',
  'Pay period',
  'Salary text',
  'Excitement',
  'URL',
  'Apply URL',
  'Notes',
  'Interviews',
] as const;

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function pipelineCsv(rows: readonly ExportRow[]): string {
  const data = rows.map(({ job, appliedAt, notes, interviews }) => [
    job.title,
    job.company,
    STAGE_LABELS[job.stage],
    day(job.createdAt),
    day(appliedAt),
    day(job.stageChangedAt),
    job.deadline ?? '',
    (job.locations ?? []).map((l) => l.raw).join('; '),
    job.workType ?? '',
    num(job.salary?.min),
    num(job.salary?.max),
    job.salary?.currency ?? '',
    job.salary?.period ?? '',
    job.salary?.text ?? '',
    num(job.excitement),
    job.url,
    job.applyUrl ?? '',
    String(notes),
    String(interviews),
  ]);
  // The byte order mark tells Excel the file is UTF-8 (accents and non-Latin names survive).
  return `\ufeff${Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  )}\r\n`;
}
