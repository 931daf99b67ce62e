import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DeletionReport } from '../../shared/account/delete-my-data.ts';
import type { PipelineAnalytics } from '../../shared/analytics/types.ts';
import type {
  ClientView,
  CoachNote,
  CoachOverview,
  Invitation,
  Redemption,
  Relationship,
} from '../../shared/coach/protocol.ts';
import type { FirstRunState } from '../../shared/domain/first-run.ts';
import type {
  Artifact,
  DocumentMeta,
  Interaction,
  InterviewRound,
  Job,
  JobDraft,
  JobNote,
  Offer,
  Person,
  Persona,
  Profile,
  SavedAnswer,
  Stage,
} from '../../shared/domain/index.ts';
import type { CourseInput, UserCourse } from '../../shared/learning/courses.ts';
import type { MaterialDoc } from '../../shared/materials/index.ts';
import type { MergeSummary } from '../../shared/resume/merge-into-profile.ts';
import type { AutoApplyLogEntry, AutoApplyRuleRecord } from '../../shared/submission/auto-apply-rules.ts';
import type { SubmissionView } from '../../shared/submission/request.ts';
import type { SubmissionReview } from '../../shared/submission/review.ts';
import type { WatchAlert } from '../../shared/watch/alert.ts';
import type { AuthStatus } from './auth/session.ts';
import type { AutofillReport, AutofillRequest } from './autofill/protocol.ts';
import type { SubmittedApplication } from './services/applications.ts';
import type { ImportSummary } from './services/backup.ts';
import type { DraftOutcome, DraftRequest } from './services/draft-answer.ts';
import type { Draft } from './services/job-detail.ts';
import type { JobPatch, SaveResult, UrlStatus } from './services/jobs.ts';
import type { GenerateInput, LocalModelSettings, MaterialOutcome } from './services/materials.ts';
import type { BulkMoveResult } from './services/pipeline-bulk.ts';
import type { CsvImportPreview, CsvImportResult } from './services/pipeline-csv.ts';
import type { NewDocument } from './services/profile.ts';
import type { ResumeImportRequest } from './services/resume-import.ts';
import type { SyncStatus } from './sync/runner.ts';
import type { AlertPatch, WatchRequest } from './watch/alerts.ts';

export type CaptureResult =
  | { ok: true; save: SaveResult; draft: JobDraft }
  | {
      ok: false;
      /** `no-posting`: the page is not a job posting; `unavailable`: the page can't be read (browser page, store). */
      reason: 'no-posting' | 'unavailable';
      message: string;
      /** Whatever was found, to prefill the manual form. */
      draft: JobDraft | null;
    };

/**
 * Everything sent to the background, which owns the database. Pages and content scripts read
 * nothing else from it but through these messages (extension pages may read via live queries).
 */
export interface BackgroundProtocol {
  saveDraft(draft: JobDraft): SaveResult;
  /** Extracts the posting in a tab (the active one if none given) and saves it. */
  captureTab(data: { tabId?: number; save?: boolean }): CaptureResult;
  /** Whether the page at `url` is saved already (the background canonicalizes the URL). */
  urlStatus(data: { url: string }): UrlStatus | null;
  moveJob(data: { jobId: string; to: Stage }): Job;
  undoMove(data: { jobId: string }): Job;
  updateJob(data: { jobId: string; patch: JobPatch }): Job;
  deleteJob(data: { jobId: string }): { trashId: string };
  restoreJob(data: { trashId: string }): Job;
  linkSameJob(data: { keepId: string; dropId: string }): Job;
  exportData(): string;
  importData(data: { text: string }): ImportSummary;
  saveProfile(profile: Profile): Profile;
  savePersona(persona: Persona): Persona;
  deletePersona(data: { id: string }): { trashId: string };
  restorePersona(data: { trashId: string }): Persona;
  addDocument(doc: NewDocument): DocumentMeta;
  /** Merges an accepted resume draft into the stored profile and keeps the file. */
  importResume(data: ResumeImportRequest): { summary: MergeSummary; keptFile: boolean };
  /** "Add to profile" from a match gap. */
  addSkill(data: { name: string }): Profile;
  /** Rescores every saved job; returns how many were scored. */
  rescoreAll(): number;
  /** Preview, perform or undo autofill in a tab (the active one if none given). Never submits. */
  autofillTab(data: AutofillRequest): AutofillReport;
  /** From the in-page Autofill button: opens the side panel's Autofill tab to review, never fills. */
  openAutofillPanel(): { opened: boolean; message: string };
  authStatus(): AuthStatus;
  /** Sign in against the local stack (dev tokens; loopback backends only). */
  localSignIn(data: { userId: string }): AuthStatus;
  /** Drops the token and stops sync; `wipe` also deletes the data in this browser. */
  signOut(data: { wipe: boolean }): AuthStatus;
  setBackendUrl(data: { url: string }): AuthStatus;
  /** Turns sync on (queues everything saved so far) or off, then runs it once when on. */
  setSync(data: { enabled: boolean }): SyncStatus;
  syncNow(): SyncStatus;
  /** "Keep mine" on a profile value another device's later edit replaced: saves it as a new edit (it syncs and wins). */
  keepReplacedField(data: { id: string }): Profile;
  /** Removes a replaced profile value from the list without changing the profile. */
  dismissReplacedField(data: { id: string }): void;
  /** Removes every row and file of the user on the server (as the user) and turns sync off; `wipeLocal` also clears this browser. */
  deleteServerData(data: { wipeLocal: boolean }): DeletionReport;
  /** Analytics (issue 16): the figures for this account's synced data, computed by the analytics function in SQL. */
  serverAnalytics(): PipelineAnalytics;
  /** Materials: generate a version (no model, local model, hosted), edit it into a new one, choose one. */
  generateMaterial(data: GenerateInput): MaterialOutcome;
  editMaterial(data: { artifactId: string; doc: MaterialDoc }): Artifact;
  chooseMaterial(data: { artifactId: string }): void;
  setLocalModel(data: LocalModelSettings | null): void;
  /** "Draft an answer" in the autofill preview: a grounded draft to review; nothing is filled or kept. */
  draftAnswer(data: DraftRequest & { tabId?: number }): DraftOutcome;
  /** "Save as my answer": keeps an answer to a custom question for next time. */
  saveAnswer(data: { question: string; answer: string }): SavedAnswer;
  /** The user confirmed, in our own in-page prompt, that they sent a form: keep a receipt. */
  applicationSubmitted(data: SubmittedApplication): {
    receiptId: string;
    job: { id: string; title: string; stage: string } | null;
  };
  /** Skyvern submissions (issue 12): the review, then approve → queue; withdraw; list; take over. */
  submissionReview(data: { jobId: string }): SubmissionReview;
  approveSubmission(review: SubmissionReview): SubmissionView;
  withdrawSubmission(data: { applicationId: string }): SubmissionView;
  recordSubmissionResult(data: {
    applicationId: string;
    status: 'submitted_successfully' | 'failed_submission';
  }): SubmissionView;
  listSubmissions(): SubmissionView[];
  /** Opens the posting in a tab and autofills it for the user to finish (never submits). */
  takeOverSubmission(data: { jobId: string }): { tabId: number; filled: number };
  /** Auto-apply rules (pages read rules and log by live query): save or delete a rule, run a pass now. */
  saveAutoApplyRule(rule: Omit<AutoApplyRuleRecord, 'updatedAt'>): AutoApplyRuleRecord;
  deleteAutoApplyRule(data: { id: string }): void;
  runAutoApply(): AutoApplyLogEntry[];
  dismissProposal(data: { jobId: string }): void;
  /** Job detail page (issue 16): notes, interview rounds, offers, people and their log; deletes undo. */
  saveNote(data: Draft<JobNote>): JobNote;
  saveInterview(data: Draft<InterviewRound>): InterviewRound;
  saveOffer(data: Draft<Offer>): Offer;
  deleteJobDetail(data: { store: 'jobNotes' | 'interviews' | 'offers'; id: string }): { trashId: string };
  restoreJobDetail(data: { trashId: string }): { restored: number };
  savePerson(data: Omit<Draft<Person>, 'jobIds'> & { jobId: string }): Person;
  linkPerson(data: { personId: string; jobId: string }): Person;
  unlinkPerson(data: { personId: string; jobId: string }): { trashId: string };
  addInteraction(data: Draft<Interaction>): Interaction;
  /** First run (issue 15): records a step skipped, checked or the guide closed. */
  setFirstRun(data: FirstRunState): FirstRunState;
  /** Coach sharing (issue 17), through the coach function as the signed-in user: the client's side… */
  inviteCoach(data: { displayName?: string }): Invitation;
  setCoachStatus(data: { relationshipId: string; status: 'active' | 'paused' | 'ended' }): Relationship;
  coachOverview(): CoachOverview;
  /** Either side: change the name the other side sees (one's own name only). */
  renameInCoachRelationship(data: { relationshipId: string; displayName: string }): Relationship;
  /** …and the coach's: redeem a code, read an active client's pipeline, write a note. */
  redeemCoachCode(data: { code: string; displayName?: string }): Redemption;
  coachClientView(data: { relationshipId: string }): ClientView;
  addCoachNote(data: { relationshipId: string; jobId: string | null; body: string }): CoachNote;
  /** Company watch (issue 17): follow a board (from a saved job or its URL), change or drop an alert, save what it found. */
  watchCompany(data: WatchRequest): WatchAlert;
  updateWatch(data: { id: string; patch: AlertPatch }): WatchAlert;
  unwatch(data: { id: string }): void;
  saveWatchedPosting(data: { seenId: string }): SaveResult;
  /** Learning: a course the user adds for a skill (none are suggested), or removes. */
  addCourse(data: CourseInput): UserCourse;
  removeCourse(data: { skill: string; addedAt: string }): void;
  /** Reminders (issue 16): Done or Snooze one; the default (no jobId) or one job's follow-up days (null: default). */
  reminderAction(data: { key: string; jobId: string; action: 'done' | 'snooze' }): void;
  setFollowUpDays(data: { jobId?: string; days: number | null }): void;
  /** Pipeline CSV (issue 16): export every job; preview a Huntr or Teal file (writes nothing); import it once confirmed. */
  exportPipelineCsv(): string;
  previewCsvImport(data: { text: string }): CsvImportPreview;
  confirmCsvImport(data: { text: string }): CsvImportResult;
  /** Pipeline board (issue 16): bulk actions over selected jobs; each returns what its Undo needs. */
  moveJobs(data: { jobIds: string[]; to: Stage }): BulkMoveResult;
  undoMoves(data: { jobIds: string[] }): Job[];
  archiveJobs(data: { jobIds: string[]; archived: boolean }): Job[];
  deleteJobs(data: { jobIds: string[] }): { trashIds: string[] };
  restoreJobs(data: { trashIds: string[] }): Job[];
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();

/** Messages from the background to the content script in a tab. */
export interface ContentProtocol {
  /** The background saved (or updated) the posting shown in this tab. */
  postingSaved(status: UrlStatus): void;
}

export const contentMessenger = defineExtensionMessaging<ContentProtocol>();
