// Reminders' synced part (shared/reminders/decision.ts says what syncs and why): the user's Done and Snooze per
// reminder (public.reminder_decisions) and a job's own follow-up days (public.job_follow_ups, one per job, its
// id the job's). What a device notified never reaches the server.
import { JobFollowUp, ReminderDecision } from '../../shared/reminders/decision.ts';
import { byId, iso, type RecordSpec, withoutNulls } from './records.ts';

// created_at is the server's own (its default): a record has no creation time on the device.
const TIMES = ['updated_at', 'deleted_at'];

export const reminderDecisions: RecordSpec = {
  wire: 'reminder_decisions',
  table: 'reminder_decisions',
  schema: ReminderDecision,
  idOf: byId,
  columns: ['id', 'key', 'job_id', 'done_at', 'snoozed_until'].concat(TIMES),
  clock: 'updated_at',
  tombstones: true,
  toServer: (d, at) => ({
    id: d.id,
    key: d.key,
    job_id: d.jobId,
    done_at: d.doneAt ?? null,
    snoozed_until: d.snoozedUntil ?? null,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) =>
    withoutNulls({
      id: r.id,
      key: r.key,
      jobId: r.job_id,
      doneAt: iso(r.done_at),
      snoozedUntil: iso(r.snoozed_until),
      updatedAt: iso(r.updated_at),
    }),
};

export const jobFollowUps: RecordSpec = {
  wire: 'job_follow_ups',
  table: 'job_follow_ups',
  schema: JobFollowUp,
  idOf: (f) => String(f.jobId),
  columns: ['id', 'job_id', 'days'].concat(TIMES),
  clock: 'updated_at',
  tombstones: true,
  toServer: (f, at) => ({ id: f.jobId, job_id: f.jobId, days: f.days, updated_at: at, deleted_at: null }),
  fromServer: (r) => ({ jobId: r.job_id, days: Number(r.days), updatedAt: iso(r.updated_at) }),
};
