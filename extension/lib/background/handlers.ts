import { canonicalUrl } from '../../../shared/capture/identity.ts';
import { authStatus, localSignIn, setBackendUrl, signOut } from '../auth/session.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { addCourse, removeCourse } from '../learning/courses.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import { recordSubmission, rememberAnswer } from '../services/applications.ts';
import * as autoApply from '../services/auto-apply.ts';
import { exportAll, importAll } from '../services/backup.ts';
import * as coach from '../services/coach.ts';
import { draftAnswer } from '../services/draft-answer.ts';
import { setFirstRun } from '../services/first-run.ts';
import { deleteJob, restoreDeleted } from '../services/job-delete.ts';
import { linkSameJob, moveJob, saveDraft, statusForUrl, undoLastMove, updateJob } from '../services/jobs.ts';
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
import { importResume } from '../services/resume-import.ts';
import { serverAnalytics } from '../services/server-analytics.ts';
import { deleteServerData } from '../services/server-data.ts';
import { applySubmissionOutcomes } from '../services/submission-outcomes.ts';
import * as submissions from '../services/submissions.ts';
import { type SyncRunner, setSyncEnabled } from '../sync/index.ts';
import { dismissReplaced, keepMine } from '../sync/replaced-profile.ts';
import { saveWatchedPosting, unwatch, updateWatch, watchCompany } from '../watch/alerts.ts';
import { autofillTab } from './autofill-tab.ts';
import { captureTab, isWebPage, resolveTargetTab } from './capture-tab.ts';
import { on } from './on-message.ts';
import { openAutofillPanel } from './panel-intent.ts';
import { registerPipelineHandlers } from './pipeline-handlers.ts';
import { checkCallerSync } from './sender-policy.ts';
import { takeOverSubmission } from './takeover.ts';

/** Wires every background message to the service that answers it. Returns a teardown. */
export function registerHandlers(
  db: JobrakerDatabase,
  sync: Promise<SyncRunner>,
  watch?: { runNow: () => Promise<void> },
): () => void {
  // Auto-apply passes run one at a time (two at once could both queue a job); a rule may queue on its
  // own only through the same review-then-queue path the user's approval takes.
  let pass: Promise<unknown> = Promise.resolve();
  const queueJob = async (jobId: string) =>
    submissions.queueSubmission(db, await submissions.submissionReview(db, jobId));
  const runAutoApply = () => {
    const next = pass.then(() => autoApply.runAutoApply(db, queueJob));
    pass = next.catch(() => undefined);
    return next;
  };
  // Matches follow the data: a saved or edited job is rescored at once, a profile change rescores all.
  const rescoreJob = async <T extends { id: string } | { job: { id: string } }>(result: T) => {
    await recomputeMatches(db, ['job' in result ? result.job.id : result.id]);
    void runAutoApply().catch(() => undefined); // a saved job may fit a rule; failures stay in the log
    return result;
  };
  const rescoreAll = async <T>(result: T) => {
    await recomputeMatches(db);
    return result;
  };
  const off = [
    on('saveDraft', ({ data }) => saveDraft(db, data).then(rescoreJob)),
    // From a content script, capture its own tab; from our pages, the tab the user is looking at.
    on('captureTab', async ({ data, sender }) => {
      const result = await captureTab(db, {
        ...data,
        tabId: data.tabId ?? (isWebPage(sender.url) ? sender.tab?.id : undefined),
      });
      if (result.ok) await rescoreJob(result.save);
      return result;
    }),
    on('urlStatus', ({ data }) => statusForUrl(db, canonicalUrl(data.url), data.url)),
    on('moveJob', ({ data }) => moveJob(db, data.jobId, data.to)),
    on('undoMove', ({ data }) => undoLastMove(db, data.jobId)),
    on('updateJob', ({ data }) => updateJob(db, data.jobId, data.patch).then(rescoreJob)),
    on('deleteJob', ({ data }) => deleteJob(db, data.jobId)),
    on('restoreJob', ({ data }) => restoreDeleted(db, data.trashId).then(rescoreJob)),
    on('linkSameJob', ({ data }) => linkSameJob(db, data.keepId, data.dropId)),
    on('exportData', async () => JSON.stringify(await exportAll(db), null, 2)),
    on('importData', ({ data }) => importAll(db, data.text).then(rescoreAll)),
    on('saveProfile', ({ data }) => saveProfile(db, data).then(rescoreAll)),
    on('addSkill', ({ data }) => addSkill(db, data.name).then(rescoreAll)),
    on('savePersona', ({ data }) => savePersona(db, data).then(rescoreAll)),
    on('deletePersona', ({ data }) => deletePersona(db, data.id).then(rescoreAll)),
    on('restorePersona', ({ data }) => restorePersona(db, data.trashId).then(rescoreAll)),
    on('addDocument', ({ data }) => addDocument(db, data)),
    on('importResume', ({ data }) => importResume(db, data).then(rescoreAll)),
    on('setFirstRun', ({ data }) => setFirstRun(db, data)),
    on('rescoreAll', () => recomputeMatches(db)),
    on('autofillTab', ({ data, sender }) =>
      autofillTab(db, { ...data, tabId: data.tabId ?? (isWebPage(sender.url) ? sender.tab?.id : undefined) }),
    ),
    on('generateMaterial', ({ data }) => generateMaterial(db, data)),
    on('editMaterial', ({ data }) => editMaterial(db, data)),
    on('chooseMaterial', ({ data }) => chooseMaterial(db, data)),
    on('setLocalModel', ({ data }) => setLocalModel(db, data)),
    on('draftAnswer', async ({ data }) => {
      const tab = await resolveTargetTab(data.tabId);
      return draftAnswer(db, data, { url: tab?.url, title: tab?.title });
    }),
    on('saveAnswer', ({ data }) => rememberAnswer(db, data)),
    on('applicationSubmitted', async ({ data }) => {
      const result = await recordSubmission(db, data);
      // "Mark applied" is part of the same confirmation the user clicked in the page.
      if (data.markApplied && result.job?.stage === 'saved') {
        const moved = await moveJob(db, result.job.id, 'applied');
        result.job = { id: moved.id, title: moved.title, stage: moved.stage };
      }
      return result;
    }),
    // Must reach sidePanel.open() synchronously: the browser allows it only within the click's gesture.
    bg.onMessage('openAutofillPanel', ({ sender }) => {
      checkCallerSync('openAutofillPanel', sender);
      return openAutofillPanel(sender.tab?.id);
    }),
    on('authStatus', () => authStatus(db)),
    on('localSignIn', ({ data }) => localSignIn(db, data.userId)),
    on('signOut', ({ data }) => signOut(db, data.wipe)),
    on('setBackendUrl', ({ data }) => setBackendUrl(db, data.url)),
    on('setSync', async ({ data }) => {
      await setSyncEnabled(db, data.enabled);
      return data.enabled ? (await sync).runNow() : { state: 'off' as const, reason: 'disabled' as const };
    }),
    on('syncNow', async () => (await sync).runNow()),
    on('keepReplacedField', ({ data }) => keepMine(db, data.id).then(rescoreAll)),
    on('dismissReplacedField', ({ data }) => dismissReplaced(db, data.id)),
    on('deleteServerData', ({ data }) => deleteServerData(db, data.wipeLocal)),
    on('serverAnalytics', () => serverAnalytics(db)),
    on('submissionReview', ({ data }) => submissions.submissionReview(db, data.jobId)),
    on('approveSubmission', async ({ data }) => {
      const queued = await submissions.queueSubmission(db, data);
      await autoApply.resolveProposal(db, data.jobId, 'approved');
      return queued;
    }),
    on('withdrawSubmission', ({ data }) => submissions.withdrawSubmission(db, data.applicationId)),
    on('recordSubmissionResult', ({ data }) =>
      submissions.recordSubmissionResult(db, data.applicationId, data.status),
    ),
    on('listSubmissions', async () => {
      const list = await submissions.listSubmissions(db);
      await applySubmissionOutcomes(db, list);
      return list;
    }),
    on('takeOverSubmission', async ({ data }) => {
      const { tabId, report } = await takeOverSubmission(db, data.jobId);
      return { tabId, filled: report.summary.filled };
    }),
    on('saveAutoApplyRule', async ({ data }) => {
      const saved = await autoApply.saveRule(db, data);
      void runAutoApply().catch(() => undefined);
      return saved;
    }),
    on('deleteAutoApplyRule', ({ data }) => autoApply.deleteRule(db, data.id)),
    on('runAutoApply', () => runAutoApply()),
    on('dismissProposal', async ({ data }) => {
      await autoApply.resolveProposal(db, data.jobId, 'dismissed');
    }),
    on('inviteCoach', ({ data }) => coach.inviteCoach(db, data.displayName)),
    on('setCoachStatus', ({ data }) => coach.setCoachStatus(db, data.relationshipId, data.status)),
    on('coachOverview', () => coach.coachOverview(db)),
    on('renameInCoachRelationship', ({ data }) =>
      coach.renameInCoachRelationship(db, data.relationshipId, data.displayName),
    ),
    on('redeemCoachCode', ({ data }) => coach.redeemCoachCode(db, data.code, data.displayName)),
    on('coachClientView', ({ data }) => coach.coachClientView(db, data.relationshipId)),
    on('addCoachNote', ({ data }) => coach.addCoachNote(db, data.relationshipId, data.jobId, data.body)),
    // Company watch: a new alert is checked at once (it is due: never asked), later ones on the alarm.
    on('watchCompany', async ({ data }) => {
      const alert = await watchCompany(db, data);
      void watch?.runNow();
      return alert;
    }),
    on('updateWatch', ({ data }) => updateWatch(db, data.id, data.patch)),
    on('unwatch', ({ data }) => unwatch(db, data.id)),
    on('saveWatchedPosting', ({ data }) => saveWatchedPosting(db, data.seenId).then(rescoreJob)),
    on('addCourse', ({ data }) => addCourse(db, data)),
    on('removeCourse', ({ data }) => removeCourse(db, data.addedAt, data.skill)),
    // Reminders, the pipeline CSV and the board's bulk actions (issue 16).
    registerPipelineHandlers(db, rescoreAll),
  ];
  return () => {
    for (const f of off) f();
  };
}
