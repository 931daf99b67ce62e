// What a submitted application means for the job it belongs to: the job moves to Applied (from Saved only;
// a job already further along keeps its stage) and keeps a receipt. The cause says who submitted it: a
// Skyvern run (`skyvern`) or the user after a takeover (`user`, the server marks such a receipt).
import type { Receipt } from '../domain/documents.ts';
import type { Stage } from '../domain/stages.ts';
import type { SubmissionView } from './request.ts';

export interface AppliedMove {
  to: 'applied';
  cause: 'skyvern' | 'user';
}

export function appliedMoveFor(
  view: Pick<SubmissionView, 'status' | 'receipt'>,
  stage: Stage,
): AppliedMove | null {
  if (view.status !== 'submitted_successfully' || stage !== 'saved') return null;
  return { to: 'applied', cause: view.receipt?.recorded_by === 'user' ? 'user' : 'skyvern' };
}

/** The local receipt of a submitted application: keyed by the application, so learning it twice adds one. */
export function receiptFor(view: SubmissionView, jobUrl: string): Receipt | null {
  if (view.status !== 'submitted_successfully') return null;
  const confirmation = view.receipt?.confirmation;
  return {
    id: view.id,
    jobId: view.job_id,
    url: jobUrl,
    submittedAt: view.submitted_at ?? view.updated_at,
    resumeSha256: view.resume_sha256,
    answers: [
      ...view.answers,
      ...(typeof confirmation === 'string' && confirmation
        ? [{ label: 'Confirmation', value: confirmation }]
        : []),
    ],
  };
}
