import type { JobrakerDatabase } from '../db/database.ts';
import { deleteDetail, restoreDetail, saveInterview, saveNote, saveOffer } from '../services/job-detail.ts';
import { addInteraction, linkPerson, savePerson, unlinkPerson } from '../services/people.ts';
import { on } from './on-message.ts';

/** The job detail page's messages (extension pages only: none is in WEB_PAGE_MESSAGES). Returns a teardown. */
export function registerJobDetailHandlers(db: JobrakerDatabase): () => void {
  const off = [
    on('saveNote', ({ data }) => saveNote(db, data)),
    on('saveInterview', ({ data }) => saveInterview(db, data)),
    on('saveOffer', ({ data }) => saveOffer(db, data)),
    on('deleteJobDetail', ({ data }) => deleteDetail(db, data.store, data.id)),
    on('restoreJobDetail', ({ data }) => restoreDetail(db, data.trashId)),
    on('savePerson', ({ data }) => savePerson(db, data)),
    on('linkPerson', ({ data }) => linkPerson(db, data.personId, data.jobId)),
    on('unlinkPerson', ({ data }) => unlinkPerson(db, data.personId, data.jobId)),
    on('addInteraction', ({ data }) => addInteraction(db, data)),
  ];
  return () => {
    for (const f of off) f();
  };
}
