import Dexie, { type EntityTable } from 'dexie';
import type {
  Artifact,
  DocumentMeta,
  Interaction,
  InterviewRound,
  Job,
  JobContact,
  JobNote,
  MatchResult,
  Offer,
  Person,
  Persona,
  Profile,
  Receipt,
  SavedAnswer,
  StageEvent,
} from '../../../shared/domain/index.ts';
import type { JobFollowUp, ReminderDecision, ReminderNotice } from '../../../shared/reminders/decision.ts';
import type { AutoApplyLogEntry, AutoApplyRuleRecord } from '../../../shared/submission/auto-apply-rules.ts';
import type { SeenPosting, WatchAlert, WatchCheck } from '../../../shared/watch/alert.ts';
import { splitStoredAlert } from '../../../shared/watch/stored-alert.ts';
import { moveReminderDecisions } from './reminders-v14.ts';

export interface DocumentBlob {
  id: string;
  blob: Blob;
}
export interface Setting {
  key: string;
  value: unknown;
}
/** A deleted row kept for undo until the user dismisses the toast (or the next delete). */
export interface Trash {
  id: string;
  table: string;
  rows: unknown[];
  deletedAt: string;
}

/** Which artifact the user chose for a job and kind, as history: the latest row is current (job_materials). */
export interface JobMaterial {
  id: string;
  jobId: string;
  kind: string;
  artifactId: string;
  chosenAt: string;
}

/** A job's own follow-up delay, overriding the default in settings (reminders; synced). */
export type FollowUpOverride = JobFollowUp;

/** A local write waiting to be pushed (extension/lib/sync captures every write of a synced table). */
export interface OutboxRow {
  seq?: number;
  id: string;
  table: string;
  op: 'upsert' | 'delete';
  row: Record<string, unknown> | null;
  updated_at: string;
}

export const DB_NAME = 'jobraker';

/**
 * The extension's one database. The background service worker is its only writer; extension pages
 * read it through live queries (Dexie propagates changes between same-origin contexts).
 *
 * Versions only ever get added. Each new version lists its full schema and, when existing rows
 * need reshaping, an `upgrade` function; old versions stay so Dexie can walk a database forward.
 */
export class JobrakerDatabase extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  stageEvents!: EntityTable<StageEvent, 'id'>;
  profiles!: EntityTable<Profile, 'id'>;
  personas!: EntityTable<Persona, 'id'>;
  documents!: EntityTable<DocumentMeta, 'id'>;
  documentBlobs!: EntityTable<DocumentBlob, 'id'>;
  matches!: EntityTable<MatchResult, 'jobId'>;
  artifacts!: EntityTable<Artifact, 'id'>;
  savedAnswers!: EntityTable<SavedAnswer, 'id'>;
  receipts!: EntityTable<Receipt, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  trash!: EntityTable<Trash, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncState!: EntityTable<Setting, 'key'>;
  jobMaterials!: EntityTable<JobMaterial, 'id'>;
  autoApplyRules!: EntityTable<AutoApplyRuleRecord, 'id'>;
  autoApplyLog!: EntityTable<AutoApplyLogEntry, 'id'>;
  jobNotes!: EntityTable<JobNote, 'id'>;
  jobContacts!: EntityTable<JobContact, 'id'>;
  interviews!: EntityTable<InterviewRound, 'id'>;
  offers!: EntityTable<Offer, 'id'>;
  people!: EntityTable<Person, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  watchAlerts!: EntityTable<WatchAlert, 'id'>;
  watchSeen!: EntityTable<SeenPosting, 'id'>;
  watchChecks!: EntityTable<WatchCheck, 'alertId'>;
  /** What this device notified (device-only); the user's Done and Snooze are in reminderDecisions. */
  reminders!: EntityTable<ReminderNotice, 'key'>;
  reminderDecisions!: EntityTable<ReminderDecision, 'id'>;
  followUps!: EntityTable<FollowUpOverride, 'jobId'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: the pipeline.
    this.version(1).stores({
      jobs: 'id, &canonicalUrl, fuzzyKey, stage, updatedAt, createdAt, *aliases',
      stageEvents: 'id, jobId, at',
      settings: 'key',
    });
    // v2: profile, documents, matching, materials, autofill memory, undo.
    // Jobs saved under v1 get the fields v2 code relies on.
    this.version(2)
      .stores({
        profiles: 'id',
        personas: 'id',
        documents: 'id, kind, sha256',
        documentBlobs: 'id',
        matches: 'jobId, score',
        artifacts: 'id, jobId, kind',
        savedAnswers: 'id',
        receipts: 'id, jobId, submittedAt',
        trash: 'id, deletedAt',
      })
      .upgrade((tx) =>
        tx
          .table('jobs')
          .toCollection()
          .modify((job: Partial<Job>) => {
            job.aliases ??= [];
            job.userEdited ??= [];
            job.gaps ??= [];
            job.stageChangedAt ??= job.updatedAt ?? job.createdAt;
          }),
      );
    // v3: sync. The outbox queues local writes in order; syncState holds the pull cursor and last result.
    this.version(3).stores({
      outbox: '++seq, [table+id]',
      syncState: 'key',
    });
    // v4: match gaps are data ({kind, text, skill…}), not sentences; stored ones keep their words.
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('matches')
          .toCollection()
          .modify((m: { gaps: unknown[] }) => {
            m.gaps = m.gaps.map((g) => (typeof g === 'string' ? { kind: 'note', text: g } : g));
          }),
      );
    // v5: materials. The history of chosen artifacts per job and kind.
    this.version(5).stores({ jobMaterials: 'id, [jobId+kind], chosenAt' });
    // v6: auto-apply rules (per persona) and the log of every decision taken under them.
    this.version(6).stores({ autoApplyRules: 'id', autoApplyLog: 'id, ruleId, jobId, at' });
    // v7: a job's notes and contacts as rows of their own (synced like the server's job_notes, job_contacts).
    this.version(7).stores({ jobNotes: 'id, jobId', jobContacts: 'id, jobId' });
    // v8: a job's interview rounds and offers (server: interview_prep, offers); reminders read rounds by time.
    this.version(8).stores({ interviews: 'id, jobId, scheduledAt', offers: 'id, jobId' });
    // v10: people (one row per person, linked to several jobs) and their interaction log (job detail page).
    this.version(10).stores({ people: 'id, *jobIds', interactions: 'id, personId, jobId' });
    // v11: reminders. What the user did with each one (done, snoozed, notified), and a job's own follow-up days.
    this.version(11).stores({ reminders: 'key, jobId', followUps: 'jobId' });
    // v12: company watch. One alert per board (so one request per board per period), the postings each saw.
    this.version(12).stores({ watchAlerts: 'id, &boardKey', watchSeen: 'id, alertId, firstSeenAt' });
    // v13: alerts sync (what the user chose); this device's requests to each board move to watchChecks.
    this.version(13)
      .stores({ watchChecks: 'alertId' })
      .upgrade(async (tx) => {
        const checks: WatchCheck[] = [];
        await tx
          .table('watchAlerts')
          .toCollection()
          .modify((row: WatchAlert, ref: { value: WatchAlert }) => {
            const { alert, check } = splitStoredAlert(row);
            checks.push(check);
            ref.value = alert;
          });
        await tx.table('watchChecks').bulkPut(checks);
      });
    // v14: reminders' decisions sync (Done, Snooze); what this device notified stays in `reminders`.
    this.version(14).stores({ reminderDecisions: 'id, &key, jobId' }).upgrade(moveReminderDecisions);
  }
}

let instance: JobrakerDatabase | undefined;
/** The shared handle for this context. */
export function db(): JobrakerDatabase {
  instance ??= new JobrakerDatabase();
  return instance;
}
