import { canonicalUrl } from '../../../shared/capture/identity.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import { exportAll, importAll } from '../services/backup.ts';
import {
  deleteJob,
  linkSameJob,
  moveJob,
  restoreDeleted,
  saveDraft,
  statusForUrl,
  undoLastMove,
  updateJob,
} from '../services/jobs.ts';
import { addDocument, deletePersona, restorePersona, savePersona, saveProfile } from '../services/profile.ts';
import { captureTab } from './capture-tab.ts';

const isWebPage = (url: string | undefined) => !!url && /^(https?|file):/.test(url);

/** Wires every background message to the service that answers it. Returns a teardown. */
export function registerHandlers(db: JobrakerDatabase): () => void {
  const off = [
    bg.onMessage('saveDraft', ({ data }) => saveDraft(db, data)),
    // From a content script, capture its own tab; from our pages, the tab the user is looking at.
    bg.onMessage('captureTab', ({ data, sender }) =>
      captureTab(db, { ...data, tabId: data.tabId ?? (isWebPage(sender.url) ? sender.tab?.id : undefined) }),
    ),
    bg.onMessage('urlStatus', ({ data }) => statusForUrl(db, canonicalUrl(data.url), data.url)),
    bg.onMessage('moveJob', ({ data }) => moveJob(db, data.jobId, data.to)),
    bg.onMessage('undoMove', ({ data }) => undoLastMove(db, data.jobId)),
    bg.onMessage('updateJob', ({ data }) => updateJob(db, data.jobId, data.patch)),
    bg.onMessage('deleteJob', ({ data }) => deleteJob(db, data.jobId)),
    bg.onMessage('restoreJob', ({ data }) => restoreDeleted(db, data.trashId)),
    bg.onMessage('linkSameJob', ({ data }) => linkSameJob(db, data.keepId, data.dropId)),
    bg.onMessage('exportData', async () => JSON.stringify(await exportAll(db), null, 2)),
    bg.onMessage('importData', ({ data }) => importAll(db, data.text)),
    bg.onMessage('saveProfile', ({ data }) => saveProfile(db, data)),
    bg.onMessage('savePersona', ({ data }) => savePersona(db, data)),
    bg.onMessage('deletePersona', ({ data }) => deletePersona(db, data.id)),
    bg.onMessage('restorePersona', ({ data }) => restorePersona(db, data.trashId)),
    bg.onMessage('addDocument', ({ data }) => addDocument(db, data)),
  ];
  return () => {
    for (const f of off) f();
  };
}
