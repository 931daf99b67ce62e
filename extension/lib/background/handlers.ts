import { canonicalUrl } from '../../../shared/capture/identity.ts';
import { authStatus, localSignIn, setBackendUrl, signOut } from '../auth/session.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import { recordSubmission } from '../services/applications.ts';
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
import { recomputeMatches } from '../services/matches.ts';
import { chooseMaterial, editMaterial, generateMaterial, setLocalModel } from '../services/materials.ts';
import {
  addDocument,
  addSkill,
  deletePersona,
  restorePersona,
  savePersona,
  saveProfile,
} from '../services/profile.ts';
import { type SyncRunner, setSyncEnabled } from '../sync/index.ts';
import { autofillTab } from './autofill-tab.ts';
import { captureTab, isWebPage } from './capture-tab.ts';

/** Wires every background message to the service that answers it. Returns a teardown. */
export function registerHandlers(db: JobrakerDatabase, sync: Promise<SyncRunner>): () => void {
  // Matches follow the data: a saved or edited job is rescored at once, a profile change rescores all.
  const rescoreJob = async <T extends { id: string } | { job: { id: string } }>(result: T) => {
    await recomputeMatches(db, ['job' in result ? result.job.id : result.id]);
    return result;
  };
  const rescoreAll = async <T>(result: T) => {
    await recomputeMatches(db);
    return result;
  };
  const off = [
    bg.onMessage('saveDraft', ({ data }) => saveDraft(db, data).then(rescoreJob)),
    // From a content script, capture its own tab; from our pages, the tab the user is looking at.
    bg.onMessage('captureTab', async ({ data, sender }) => {
      const result = await captureTab(db, {
        ...data,
        tabId: data.tabId ?? (isWebPage(sender.url) ? sender.tab?.id : undefined),
      });
      if (result.ok) await rescoreJob(result.save);
      return result;
    }),
    bg.onMessage('urlStatus', ({ data }) => statusForUrl(db, canonicalUrl(data.url), data.url)),
    bg.onMessage('moveJob', ({ data }) => moveJob(db, data.jobId, data.to)),
    bg.onMessage('undoMove', ({ data }) => undoLastMove(db, data.jobId)),
    bg.onMessage('updateJob', ({ data }) => updateJob(db, data.jobId, data.patch).then(rescoreJob)),
    bg.onMessage('deleteJob', ({ data }) => deleteJob(db, data.jobId)),
    bg.onMessage('restoreJob', ({ data }) => restoreDeleted(db, data.trashId).then(rescoreJob)),
    bg.onMessage('linkSameJob', ({ data }) => linkSameJob(db, data.keepId, data.dropId)),
    bg.onMessage('exportData', async () => JSON.stringify(await exportAll(db), null, 2)),
    bg.onMessage('importData', ({ data }) => importAll(db, data.text).then(rescoreAll)),
    bg.onMessage('saveProfile', ({ data }) => saveProfile(db, data).then(rescoreAll)),
    bg.onMessage('addSkill', ({ data }) => addSkill(db, data.name).then(rescoreAll)),
    bg.onMessage('savePersona', ({ data }) => savePersona(db, data).then(rescoreAll)),
    bg.onMessage('deletePersona', ({ data }) => deletePersona(db, data.id).then(rescoreAll)),
    bg.onMessage('restorePersona', ({ data }) => restorePersona(db, data.trashId).then(rescoreAll)),
    bg.onMessage('addDocument', ({ data }) => addDocument(db, data)),
    bg.onMessage('rescoreAll', () => recomputeMatches(db)),
    bg.onMessage('autofillTab', ({ data, sender }) =>
      autofillTab(db, { ...data, tabId: data.tabId ?? (isWebPage(sender.url) ? sender.tab?.id : undefined) }),
    ),
    bg.onMessage('generateMaterial', ({ data }) => generateMaterial(db, data)),
    bg.onMessage('editMaterial', ({ data }) => editMaterial(db, data)),
    bg.onMessage('chooseMaterial', ({ data }) => chooseMaterial(db, data)),
    bg.onMessage('setLocalModel', ({ data }) => setLocalModel(db, data)),
    bg.onMessage('applicationSubmitted', ({ data }) => recordSubmission(db, data)),
    bg.onMessage('authStatus', () => authStatus(db)),
    bg.onMessage('localSignIn', ({ data }) => localSignIn(db, data.userId)),
    bg.onMessage('signOut', ({ data }) => signOut(db, data.wipe)),
    bg.onMessage('setBackendUrl', ({ data }) => setBackendUrl(db, data.url)),
    bg.onMessage('setSync', async ({ data }) => {
      await setSyncEnabled(db, data.enabled);
      return data.enabled ? (await sync).runNow() : { state: 'off' as const, reason: 'disabled' as const };
    }),
    bg.onMessage('syncNow', async () => (await sync).runNow()),
  ];
  return () => {
    for (const f of off) f();
  };
}
