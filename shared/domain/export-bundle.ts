import { z } from 'zod';
// The one HTML sanitizer (capture's allowlist): an imported description is cleaned exactly like a captured one.
import { sanitizeHtmlString } from '../capture/normalize/html.ts';
import { IsoDateTime } from './common.ts';
import { Artifact, DocumentMeta, MatchResult, Receipt, SavedAnswer } from './documents.ts';
import { InterviewRound, Offer } from './interviews-offers.ts';
import { Job } from './job.ts';
import { JobContact, JobNote } from './job-notes.ts';
import { Interaction, Person } from './people.ts';
import { Persona, Profile } from './profile.ts';
import { StageEvent } from './stages.ts';

export const EXPORT_FORMAT = 'jobraker-export';
export const EXPORT_VERSION = 1;

/** All local data as one JSON file. Document bytes travel base64-encoded. */
export const ExportBundle = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoDateTime,
  jobs: z.array(Job),
  stageEvents: z.array(StageEvent),
  profile: Profile.nullable(),
  personas: z.array(Persona),
  documents: z.array(DocumentMeta.extend({ base64: z.string() })),
  matches: z.array(MatchResult),
  artifacts: z.array(Artifact),
  savedAnswers: z.array(SavedAnswer),
  receipts: z.array(Receipt),
  // A job's own records, added after the first files were written: absent in those, so optional.
  jobNotes: z.array(JobNote).default([]),
  jobContacts: z.array(JobContact).default([]),
  interviews: z.array(InterviewRound).default([]),
  offers: z.array(Offer).default([]),
  people: z.array(Person).default([]),
  interactions: z.array(Interaction).default([]),
});
export type ExportBundle = z.infer<typeof ExportBundle>;

export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Parses an export file. Throws an ImportError that says what is wrong and where. Links must be http(s), files
 * PDF/DOCX/text with plain names (shared/domain schemas); description HTML comes back sanitized.
 */
export function parseExportBundle(text: string): ExportBundle {
  return bundleFromJson(readExportJson(text));
}

/** The file's JSON, once it is known to be a Jobraker export (else an ImportError saying why). */
export function readExportJson(text: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON. Choose a file made by "Export data".');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError(
      'This JSON file is not a Jobraker export (its "format" field is missing or different).',
    );
  }
  return raw;
}

/** The bundle in an export's JSON, validated whole; description HTML comes back sanitized. */
export function bundleFromJson(raw: unknown): ExportBundle {
  const result = ExportBundle.safeParse(raw);
  if (!result.success) throw damagedFile(result.error);
  const jobs = result.data.jobs.map((job) =>
    job.descriptionHtml === undefined
      ? job
      : { ...job, descriptionHtml: sanitizeHtmlString(job.descriptionHtml) },
  );
  return { ...result.data, jobs };
}

/** The error for a file a schema refused: where, what, and that nothing was imported. */
export function damagedFile(error: z.ZodError): ImportError {
  const first = error.issues[0]!;
  const where = first.path.join('.') || 'the file';
  return new ImportError(
    `The export file is damaged at ${where}: ${first.message}. Nothing was imported.` +
      (error.issues.length > 1 ? ` (${error.issues.length - 1} more problems)` : ''),
  );
}
