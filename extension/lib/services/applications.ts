import { canonicalUrl } from '../../../shared/capture/identity.ts';
import { bytesToBase64 } from '../../../shared/domain/base64.ts';
import { newId, nowIso, type Receipt, type SavedAnswer } from '../../../shared/domain/index.ts';
import type { AutofillInput } from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { documentBlob } from './document-files.ts';
import { getProfile } from './profile.ts';

/** The resume autofill attaches: the active persona's choice, else the newest resume. */
async function chosenResume(db: JobrakerDatabase) {
  const persona = (await db.personas.toArray()).find((p) => p.active);
  const byPersona = persona?.resumeDocumentId ? await db.documents.get(persona.resumeDocumentId) : undefined;
  return byPersona ?? (await db.documents.where('kind').equals('resume').reverse().sortBy('createdAt'))[0];
}

async function toBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Everything a frame needs to plan (and, with `withFile`, to perform) a fill. */
export async function autofillInput(
  db: JobrakerDatabase,
  opts: { withFile: boolean; overwrite: boolean },
): Promise<AutofillInput> {
  const doc = await chosenResume(db);
  // A resume imported on another device is fetched from Storage here, on demand (hash-checked).
  const blob = doc && opts.withFile ? await documentBlob(db, doc) : undefined;
  return {
    profile: await getProfile(db),
    savedAnswers: await db.savedAnswers.toArray(),
    resume: doc
      ? {
          name: doc.fileName,
          type: doc.mimeType,
          sha256: doc.sha256,
          ...(blob ? { base64: await toBase64(blob) } : {}),
        }
      : null,
    overwrite: opts.overwrite,
  };
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
    const canonical = canonicalUrl(sub.url);
    const job =
      (await db.jobs.where('canonicalUrl').anyOf(canonical, sub.url).first()) ??
      (await db.jobs.where('aliases').anyOf(canonical, sub.url).first()) ??
      (await db.jobs.filter((j) => !!j.applyUrl && canonicalUrl(j.applyUrl) === canonical).first());
    const receipt: Receipt = {
      id: newId(),
      jobId: job?.id ?? null,
      url: sub.url,
      submittedAt: nowIso(),
      resumeSha256: sub.resumeSha256,
      answers: sub.answers,
    };
    await db.receipts.add(receipt);
    const saved = await db.savedAnswers.toArray();
    for (const { question, answer } of sub.customAnswers) {
      const same = saved.find((s) => s.question.trim().toLowerCase() === question.trim().toLowerCase());
      const row: SavedAnswer = { id: same?.id ?? newId(), question, answer, updatedAt: nowIso() };
      await db.savedAnswers.put(row);
    }
    return { receiptId: receipt.id, job: job ? { id: job.id, title: job.title, stage: job.stage } : null };
  });
}
