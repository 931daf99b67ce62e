// When the extension learns a submission's status (the list it re-reads from the server), a submitted one
// moves its saved job to Applied and leaves a receipt here, so both stay when the user signs out.
import { appliedMoveFor, receiptFor } from '../../../shared/submission/applied.ts';
import type { SubmissionView } from '../../../shared/submission/request.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { moveJob } from './jobs.ts';

/** Returns how many jobs moved to Applied. */
export async function applySubmissionOutcomes(db: JobrakerDatabase, list: SubmissionView[]): Promise<number> {
  let moved = 0;
  for (const view of list) {
    if (view.status !== 'submitted_successfully') continue;
    const job = await db.jobs.get(view.job_id);
    if (!job) continue;
    const receipt = receiptFor(view, job.applyUrl ?? job.url);
    if (receipt && !(await db.receipts.get(receipt.id))) await db.receipts.add(receipt);
    const move = appliedMoveFor(view, job.stage);
    if (move) {
      await moveJob(db, job.id, move.to, move.cause);
      moved++;
    }
  }
  return moved;
}
