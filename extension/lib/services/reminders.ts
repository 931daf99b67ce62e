// Reminders in the browser's database: the input the pure decision reads (shared/reminders/due.ts), and
// the writes for Done, Snooze, "notified" and follow-up days. Pages call readReminderInput in a live query;
// only the background writes.

import { reminderDecisionId } from '../../../shared/reminders/decision.ts';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  FollowUpDays,
  nextState,
  type ReminderInput,
  type ReminderState,
  reminders,
} from '../../../shared/reminders/due.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export const FOLLOW_UP_DAYS_SETTING = 'reminders.followUpDays';
/** What Snooze puts off a reminder by. */
export const SNOOZE_DAYS = 1;

export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export async function followUpDays(db: JobrakerDatabase): Promise<number> {
  const value = (await db.settings.get(FOLLOW_UP_DAYS_SETTING))?.value;
  return typeof value === 'number' ? value : DEFAULT_FOLLOW_UP_DAYS;
}

export async function readReminderInput(
  db: JobrakerDatabase,
  now = new Date(),
  timeZone = userTimeZone(),
): Promise<ReminderInput> {
  const [jobs, events, interviews, states, overrides, days] = await Promise.all([
    db.jobs.toArray(),
    db.stageEvents.toArray(),
    db.interviews.toArray(),
    db.reminderDecisions.toArray(),
    db.followUps.toArray(),
    followUpDays(db),
  ]);
  return {
    jobs,
    events: events.filter((e) => e.to === 'applied'),
    interviews,
    states,
    followUpDays: days,
    followUpOverrides: Object.fromEntries(overrides.map((o) => [o.jobId, o.days])),
    now,
    timeZone,
  };
}

export async function dueReminders(db: JobrakerDatabase, now = new Date()) {
  return reminders(await readReminderInput(db, now));
}

export type ReminderAction = 'done' | 'snooze' | 'notified';

/** The user's decisions with this device's notifications, per reminder (what toNotify reads). */
export async function reminderStates(db: JobrakerDatabase): Promise<ReminderState[]> {
  const [decisions, notices] = await Promise.all([db.reminderDecisions.toArray(), db.reminders.toArray()]);
  const byKey = new Map<string, ReminderState>(decisions.map((d) => [d.key, d]));
  for (const n of notices) {
    const d = byKey.get(n.key);
    byKey.set(n.key, {
      ...(d ?? { key: n.key, jobId: n.jobId, updatedAt: n.notifiedAt }),
      notifiedAt: n.notifiedAt,
    });
  }
  return [...byKey.values()];
}

/**
 * Records Done or Snooze (SNOOZE_DAYS) as the user's decision, which syncs; a shown notification is this
 * device's own note (shared/reminders/decision.ts says why).
 */
export async function markReminder(
  db: JobrakerDatabase,
  key: string,
  jobId: string,
  action: ReminderAction,
  now = new Date(),
): Promise<void> {
  if (!(await db.jobs.get(jobId)))
    throw new Error('That job is no longer saved, so its reminder is gone too.');
  if (action === 'notified') {
    await db.reminders.put({ key, jobId, notifiedAt: now.toISOString() });
    return;
  }
  const id = await reminderDecisionId(key);
  await db.transaction('rw', db.reminderDecisions, async () => {
    const prev = await db.reminderDecisions.get(id);
    const kind = action === 'snooze' ? { kind: action, days: SNOOZE_DAYS } : { kind: action };
    const { doneAt, snoozedUntil, updatedAt } = nextState(prev, key, jobId, kind, now);
    await db.reminderDecisions.put({
      id,
      key,
      jobId,
      ...(doneAt ? { doneAt } : {}),
      ...(snoozedUntil ? { snoozedUntil } : {}),
      updatedAt,
    });
  });
}

/** Sets the default follow-up days, or one job's own (null: back to the default). */
export async function setFollowUpDays(
  db: JobrakerDatabase,
  data: { jobId?: string; days: number | null },
): Promise<void> {
  if (data.days !== null) {
    const checked = FollowUpDays.safeParse(data.days);
    if (!checked.success) throw new Error(`Follow-up days: ${checked.error.issues[0]?.message}.`);
  }
  if (!data.jobId) {
    if (data.days === null) await db.settings.delete(FOLLOW_UP_DAYS_SETTING);
    else await db.settings.put({ key: FOLLOW_UP_DAYS_SETTING, value: data.days });
    return;
  }
  if (data.days === null) await db.followUps.delete(data.jobId);
  else await db.followUps.put({ jobId: data.jobId, days: data.days, updatedAt: new Date().toISOString() });
}
