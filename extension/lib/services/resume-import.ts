import { type MergeSummary, mergeResumeIntoProfile } from '../../../shared/resume/merge-into-profile.ts';
import type { ResumeDraft } from '../../../shared/resume/parse.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { addDocument, getProfile, type NewDocument, saveProfile } from './profile.ts';

export interface ResumeImportRequest {
  /** What the person reviewed and accepted. */
  draft: ResumeDraft;
  /** The file itself, kept for autofill (absent for pasted text). */
  file: Omit<NewDocument, 'kind'> | null;
}

/**
 * Adds an accepted resume draft to the stored profile, in the background (the only writer): the
 * merge reads the profile as stored now, so an edit the options page has not autosaved yet is not
 * overwritten by a stale copy. Nothing is overwritten; new items are appended.
 */
export async function importResume(
  db: JobrakerDatabase,
  req: ResumeImportRequest,
): Promise<{ summary: MergeSummary; keptFile: boolean }> {
  // The file first: a file that cannot be kept stops the import before the profile changes.
  if (req.file) await addDocument(db, { kind: 'resume', ...req.file });
  const { profile, summary } = mergeResumeIntoProfile(await getProfile(db), req.draft);
  await saveProfile(db, profile);
  return { summary, keptFile: !!req.file };
}
