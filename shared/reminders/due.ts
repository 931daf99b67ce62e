// What is due: application deadlines, follow-ups after applying with no answer, and interviews. Pure:
// the background's alarm (to notify) and the popup's Today list (to show) both ask this one function.
import { z } from 'zod';
import { Id, IsoDateTime } from '../domain/common.ts';
import type { InterviewKind, InterviewRound } from '../domain/interviews-offers.ts';
import type { Job } from '../domain/job.ts';
import type { StageEvent } from '../domain/stages.ts';
import { addDays, daysBetween, localDate, localTime, relativeDay } from './local-day.ts';

export const ReminderKind = z.enum(['deadline', 'follow-up', 'interview']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** One reminder's state by its key: the user's Done and Snooze (synced, Dexie `reminderDecisions`) and when this device notified (device-only, Dexie `reminders`); see decision.ts. */
export const ReminderState = z.object({
  key: z.string().min(1).max(200),
  jobId: Id,
  doneAt: IsoDateTime.optional(),
  snoozedUntil: IsoDateTime.optional(),
  /** When a notification was last shown for it, so each alarm does not show it again. */
  notifiedAt: IsoDateTime.optional(),
  updatedAt: IsoDateTime,
});
export type ReminderState = z.infer<typeof ReminderState>;

/** Days after applying before a follow-up is due, unless the job sets its own. */
export const DEFAULT_FOLLOW_UP_DAYS = 7;
export const FollowUpDays = z.number().int().min(1, 'At least 1 day').max(90, 'At most 90 days');
/** How far ahead "upcoming" looks. */
export const UPCOMING_DAYS = 7;

export interface Reminder {
  key: string;
  kind: ReminderKind;
  jobId: string;
  title: string;
  company: string;
  /** The calendar day it is about (the deadline, the follow-up day, the interview day), in the user's zone. */
  day: string;
  /** `overdue`: its day has passed; `due`: act now; `upcoming`: within the next week. */
  when: 'overdue' | 'due' | 'upcoming';
  /** Why it is shown, in words ("Apply by 2026-12-05 (tomorrow)"). */
  reason: string;
}

export interface ReminderInput {
  jobs: readonly Job[];
  events: readonly StageEvent[];
  interviews: readonly InterviewRound[];
  states: readonly ReminderState[];
  followUpDays: number;
  /** Per-job follow-up days, by job id. */
  followUpOverrides?: Readonly<Record<string, number>>;
  now: Date;
  timeZone: string;
}

const INTERVIEW_WORDS: Record<InterviewKind, string> = {
  phone_screen: 'Phone screen',
  recruiter: 'Recruiter call',
  technical: 'Technical interview',
  take_home: 'Take-home',
  system_design: 'System design interview',
  behavioral: 'Behavioral interview',
  onsite: 'Onsite interview',
  final: 'Final interview',
  other: 'Interview',
};
const CLOSED = new Set<Job['stage']>(['rejected', 'withdrawn', 'accepted']);

/** When each job last moved to Applied (the follow-up clock, and the CSV export's Applied column). */
export function lastAppliedAt(events: readonly StageEvent[]): Map<string, string> {
  const at = new Map<string, string>();
  for (const e of events) if (e.to === 'applied' && (at.get(e.jobId) ?? '') < e.at) at.set(e.jobId, e.at);
  return at;
}

/** Every reminder the data implies, before the user's done and snooze are applied. */
function candidates(input: ReminderInput, today: string): (Omit<Reminder, 'when'> & { dueDay: string })[] {
  const { jobs, events, interviews, now, timeZone } = input;
  const out: (Omit<Reminder, 'when'> & { dueDay: string })[] = [];
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const appliedAt = lastAppliedAt(events);

  for (const job of jobs) {
    const base = { jobId: job.id, title: job.title, company: job.company };
    // A deadline matters while the job is not applied to yet: it shows from the day before.
    if (job.deadline && job.stage === 'saved')
      out.push({
        ...base,
        key: `deadline:${job.id}:${job.deadline}`,
        kind: 'deadline',
        day: job.deadline,
        dueDay: addDays(job.deadline, -1),
        reason: `Apply by ${job.deadline} (${relativeDay(daysBetween(today, job.deadline))})`,
      });
    // Still "applied" means no answer yet: follow up N days after applying.
    if (job.stage === 'applied') {
      const at = appliedAt.get(job.id) ?? job.stageChangedAt;
      const days = input.followUpOverrides?.[job.id] ?? input.followUpDays;
      const day = addDays(localDate(new Date(at), timeZone), days);
      out.push({
        ...base,
        key: `follow-up:${job.id}:${at}`,
        kind: 'follow-up',
        day,
        dueDay: day,
        reason: `No answer ${days} day${days === 1 ? '' : 's'} after applying: follow up`,
      });
    }
  }
  // An interview shows from the day before until it starts.
  for (const round of interviews) {
    const job = byId.get(round.jobId);
    if (!job || !round.scheduledAt || CLOSED.has(job.stage)) continue;
    const start = new Date(round.scheduledAt);
    if (start.getTime() <= now.getTime()) continue;
    const day = localDate(start, timeZone);
    out.push({
      key: `interview:${round.id}:${round.scheduledAt}`,
      kind: 'interview',
      jobId: job.id,
      title: job.title,
      company: job.company,
      day,
      dueDay: addDays(day, -1),
      reason: `${INTERVIEW_WORDS[round.kind]} ${relativeDay(daysBetween(today, day))} at ${localTime(start, timeZone)}`,
    });
  }
  return out;
}

/** Due (overdue first, then by day) and upcoming reminders, with done and snoozed ones left out. */
export function reminders(input: ReminderInput): { due: Reminder[]; upcoming: Reminder[] } {
  const today = localDate(input.now, input.timeZone);
  const states = new Map(input.states.map((s) => [s.key, s]));
  const due: Reminder[] = [];
  const upcoming: Reminder[] = [];
  for (const { dueDay, ...r } of candidates(input, today)) {
    const state = states.get(r.key);
    if (state?.doneAt) continue;
    if (daysBetween(today, dueDay) > 0) {
      if (daysBetween(today, dueDay) <= UPCOMING_DAYS) upcoming.push({ ...r, when: 'upcoming' });
      continue;
    }
    if (state?.snoozedUntil && Date.parse(state.snoozedUntil) > input.now.getTime()) continue;
    due.push({ ...r, when: r.day < today ? 'overdue' : 'due' });
  }
  const order = (a: Reminder, b: Reminder) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key);
  return { due: due.sort(order), upcoming: upcoming.sort(order) };
}

/** Due reminders that need a notification: never shown, or shown before a snooze that has ended. */
export function toNotify(due: readonly Reminder[], states: readonly ReminderState[]): Reminder[] {
  const byKey = new Map(states.map((s) => [s.key, s]));
  return due.filter((r) => {
    const s = byKey.get(r.key);
    return !s?.notifiedAt || (!!s.snoozedUntil && s.notifiedAt < s.snoozedUntil);
  });
}

/** The state after the user presses Done or Snooze (or a notification is shown). */
export function nextState(
  prev: ReminderState | undefined,
  key: string,
  jobId: string,
  action: { kind: 'done' } | { kind: 'snooze'; days: number } | { kind: 'notified' },
  now: Date,
): ReminderState {
  const at = now.toISOString();
  const base: ReminderState = prev ?? { key, jobId, updatedAt: at };
  if (action.kind === 'done') return { ...base, doneAt: at, updatedAt: at };
  if (action.kind === 'notified') return { ...base, notifiedAt: at, updatedAt: at };
  const until = new Date(now.getTime() + action.days * 86_400_000).toISOString();
  return { ...base, snoozedUntil: until, updatedAt: at };
}
