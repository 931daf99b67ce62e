import { bytesToBase64 } from '../../../shared/domain/base64.ts';
import { newId, nowIso, type Receipt, type SavedAnswer } from '../../../shared/domain/index.ts';
import type { AutofillInput } from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { documentBlob } from './document-files.ts';
import { handOff } from './handoff.ts';
import { findJobByUrl } from './jobs.ts';
import { getProfile } from './profile.ts';

/** The master resume: the active persona's choice, else the newest resume. */
async function chosenResume(db: JobrakerDatabase) {
  const persona = (await db.personas.toArray()).find((p) => p.active);
  const byPersona = persona?.resumeDocumentId ? await db.documents.get(persona.resumeDocumentId) : undefined;
  return byPersona ?? (await db.documents.where('kind').equals('resume').reverse().sortBy('createdAt'))[0];
}

async function toBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Everything a frame on the page at `url` needs to plan (and, with `withFile`, to perform) a fill. */
export async function autofillInput(
  db: JobrakerDatabase,
  opts: { withFile: boolean; overwrite: boolean; url?: string },
): Promise<AutofillInput & { notes: string[] }> {
  const profile = await getProfile(db);
  const handed = await handOff(db, {
    url: opts.url,
    profile,
    master: await chosenResume(db),
    masterFile: async (doc) => {
      // A resume imported on another device is fetched from Storage here, on demand (hash-checked).
      const blob = opts.withFile ? await documentBlob(db, doc) : undefined;
      return {
        name: doc.fileName,
        type: doc.mimeType,
        sha256: doc.sha256,
        ...(blob ? { base64: await toBase64(blob) } : {}),
      };
    },
    withFile: opts.withFile,
  });
  return {
    profile,
    savedAnswers: await db.savedAnswers.toArray(),
    resume: handed.resume,
    coverLetter: handed.coverLetter,
    overwrite: opts.overwrite,
    notes: handed.notes,
  };
}

/** Keeps an answer to a custom question for next time (the same question, worded alike, is replaced). */
export async function rememberAnswer(
  db: JobrakerDatabase,
  data: { question: string; answer: string },
): Promise<SavedAnswer> {
  const key = data.question.trim().toLowerCase();
  const same = (await db.savedAnswers.toArray()).find((s) => s.question.trim().toLowerCase() === key);
  const row: SavedAnswer = { id: same?.id ?? newId(), ...data, updatedAt: nowIso() };
  await db.savedAnswers.put(row);
  return row;
}

export interface SubmittedApplication {
  url: string;
  resumeSha256: string | null;
  answers: { label: string; value: string }[];
  /** Answers to the form's own questions, remembered for next time. */
  customAnswers: { question: string; answer: string }[];
  /** The user also ticked "Move to Applied" in the confirmation. */
  markApplied?: boolean;
}

/**
 * The user submitted an application we filled: keep a receipt (date, URL, resume hash, answers),
 * remember their answers to custom questions, and say which saved job it belongs to.
 */
export async function recordSubmission(
  db: JobrakerDatabase,
  sub: SubmittedApplication,
): Promise<{ receiptId: string; job: { id: string; title: string; stage: string } | null }> {
  return db.transaction('rw', [db.jobs, db.receipts, db.savedAnswers], async () => {
    const job = await findJobByUrl(db, sub.url);
    const receipt: Receipt = {
      id: newId(),
      jobId: job?.id ?? null,
      url: sub.url,
      submittedAt: nowIso(),
      resumeSha256: sub.resumeSha256,
      answers: sub.answers,
    };
    await db.receipts.add(receipt);
    for (const { question, answer } of sub.customAnswers) await rememberAnswer(db, { question, answer });
    return { receiptId: receipt.id, job: job ? { id: job.id, title: job.title, stage: job.stage } : null };
  });
}
