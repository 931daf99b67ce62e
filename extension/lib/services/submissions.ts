// Skyvern submissions from the extension's side: build the review, then talk to queue-application as the
// signed-in user. The server does the queueing; nothing is sent without a session and the user's approval.

import type { QueueRequest, SubmissionView } from '../../../shared/submission/request.ts';
import { reviewAnswers, type SubmissionReview } from '../../../shared/submission/review.ts';
import { backendUrl, getToken } from '../auth/session.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export class SubmissionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SubmissionError';
  }
}

export async function submissionReview(db: JobrakerDatabase, jobId: string): Promise<SubmissionReview> {
  const job = await db.jobs.get(jobId);
  if (!job) throw new SubmissionError('job_not_found', 'This job is no longer saved.');
  const profile = (await db.profiles.toArray())[0];
  const saved = await db.savedAnswers.toArray();
  const personas = await db.personas.toArray();
  const resumeId = personas.find((p) => p.active)?.resumeDocumentId ?? null;
  const documents = await db.documents.toArray();
  const newest = (kind: 'resume' | 'cover_letter') =>
    documents.filter((d) => d.kind === kind).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const resume = (resumeId ? documents.find((d) => d.id === resumeId) : undefined) ?? newest('resume');
  const coverLetter = newest('cover_letter')?.text.trim() || null;
  const { answers, warnings } = reviewAnswers(profile, saved, coverLetter);
  if (!resume) warnings.push('No resume: add one in Settings → Profile so the form gets your file.');
  return {
    jobId,
    answers,
    resume: resume ? { fileName: resume.fileName, sha256: resume.sha256 } : null,
    coverLetter,
    warnings,
  };
}

async function call<T>(db: JobrakerDatabase, body?: QueueRequest): Promise<T> {
  const token = await getToken(db);
  if (!token)
    throw new SubmissionError('signed_out', 'Sign in (Side panel → Account) to submit with Skyvern.');
  let response: Response;
  try {
    response = await fetch(`${await backendUrl(db)}/functions/v1/queue-application`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new SubmissionError('offline', 'The Jobraker server cannot be reached. Try again when online.');
  }
  const payload = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!response.ok)
    throw new SubmissionError(
      payload.error ?? `http_${response.status}`,
      payload.message ?? `Server answered ${response.status}`,
    );
  return payload as T;
}

/** The user approved the review: queue exactly what it showed. */
export function queueSubmission(db: JobrakerDatabase, review: SubmissionReview): Promise<SubmissionView> {
  return call(db, {
    action: 'queue',
    job_id: review.jobId,
    approved: true,
    answers: review.answers,
    resume_sha256: review.resume?.sha256 ?? null,
  });
}

export function withdrawSubmission(db: JobrakerDatabase, applicationId: string): Promise<SubmissionView> {
  return call(db, { action: 'withdraw', application_id: applicationId });
}

export function recordSubmissionResult(
  db: JobrakerDatabase,
  applicationId: string,
  status: 'submitted_successfully' | 'failed_submission',
): Promise<SubmissionView> {
  return call(db, { action: 'record', application_id: applicationId, status });
}

/** Signed out: nothing is on the server for this browser, so the list is empty (no error to show). */
export async function listSubmissions(db: JobrakerDatabase): Promise<SubmissionView[]> {
  if (!(await getToken(db))) return [];
  return (await call<{ applications: SubmissionView[] }>(db)).applications;
}
