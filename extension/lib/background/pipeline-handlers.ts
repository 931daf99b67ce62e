import type { JobrakerDatabase } from '../db/database.ts';
import { recomputeMatches } from '../services/matches.ts';
import * as bulk from '../services/pipeline-bulk.ts';
import { confirmCsvImport, exportPipelineCsv, previewCsvImport } from '../services/pipeline-csv.ts';
import { markReminder, setFollowUpDays } from '../services/reminders.ts';
import { on } from './on-message.ts';

/**
 * The pipeline page's messages: reminders, the CSV export/import and the board's bulk actions (issue 16).
 * `rescoreAll` is the caller's: an imported CSV rescores every job, as a profile change does. Returns a teardown.
 */
export function registerPipelineHandlers(
  db: JobrakerDatabase,
  rescoreAll: <T>(result: T) => Promise<T>,
): () => void {
  const off = [
    on('reminderAction', ({ data }) => markReminder(db, data.key, data.jobId, data.action)),
    on('setFollowUpDays', ({ data }) => setFollowUpDays(db, data)),
    on('exportPipelineCsv', () => exportPipelineCsv(db)),
    on('previewCsvImport', ({ data }) => previewCsvImport(db, data.text)),
    on('confirmCsvImport', ({ data }) => confirmCsvImport(db, data.text).then(rescoreAll)),
    on('moveJobs', ({ data }) => bulk.moveJobs(db, data.jobIds, data.to)),
    on('undoMoves', ({ data }) => bulk.undoMoves(db, data.jobIds)),
    on('archiveJobs', ({ data }) => bulk.archiveJobs(db, data.jobIds, data.archived)),
    on('deleteJobs', ({ data }) => bulk.deleteJobs(db, data.jobIds)),
    on('restoreJobs', async ({ data }) => {
      const jobs = await bulk.restoreJobs(db, data.trashIds);
      await recomputeMatches(
        db,
        jobs.map((j) => j.id),
      );
      return jobs;
    }),
  ];
  return () => {
    for (const f of off) f();
  };
}
