// What of reminders syncs, and what stays on one device.
//
// Synced (the user's decisions, so a follow-up marked Done on the laptop does not nag on the phone):
// - a reminder's Done and Snooze-until (ReminderDecision, server public.reminder_decisions);
// - a job's own follow-up days (JobFollowUp, server public.job_follow_ups), which follow the job.
// Device-only:
// - that this device already showed a notification (ReminderNotice, Dexie `reminders`): each device notifies
//   on its own alarm, and a phone that never showed one must still show it (unless the user decided).
// - the default follow-up days: it lives in the settings table, which no device syncs (none of the settings do).
import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/common.ts';
import { FollowUpDays } from './due.ts';

/** Reminder keys name their kind and what they are about (due.ts makes them; never a free string). */
const ReminderKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(deadline|follow-up|interview):\S+$/, 'Not a reminder key (deadline:, follow-up: or interview:)');

/** Done and Snooze for one reminder; its id is derived from its key, so two devices name it alike. */
export const ReminderDecision = z.object({
  id: Id,
  key: ReminderKey,
  jobId: Id,
  doneAt: IsoDateTime.optional(),
  snoozedUntil: IsoDateTime.optional(),
  updatedAt: IsoDateTime,
});
export type ReminderDecision = z.infer<typeof ReminderDecision>;

/** A job's own follow-up days (the default applies without one); keyed by the job. */
export const JobFollowUp = z.object({ jobId: Id, days: FollowUpDays, updatedAt: IsoDateTime });
export type JobFollowUp = z.infer<typeof JobFollowUp>;

/** This device showed a notification for the reminder (never synced). */
export interface ReminderNotice {
  key: string;
  jobId: string;
  notifiedAt: string;
}

/**
 * The decision's id: a name-based UUID (RFC 9562 version 8) from SHA-256 of the key, so devices that decide on
 * the same reminder before they sync write one record, and last writer wins. Web Crypto is in every runtime
 * here (extension, Node, Deno), so no library is needed for the hash.
 */
export async function reminderDecisionId(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
