import { describe, expect, it } from 'vitest';
import type { InterviewRound, Job, StageEvent } from '../domain/index.ts';
import { storedJob } from '../domain/testing.ts';
import { nextState, type ReminderInput, type ReminderState, reminders, toNotify } from './due.ts';

const JOB = '01900000-0000-7000-8000-000000000001';
const job = (over: Partial<Job> = {}) => storedJob(over) as Job;
const applied = (at: string, jobId = JOB): StageEvent => ({
  id: '01900000-0000-7000-8000-0000000000e1',
  jobId,
  from: 'saved',
  to: 'applied',
  at,
  cause: 'user',
});
const round = (scheduledAt: string | null): InterviewRound => ({
  id: '01900000-0000-7000-8000-0000000000a1',
  jobId: JOB,
  kind: 'technical',
  scheduledAt,
  interviewers: [],
  questions: [],
  notes: '',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const input = (over: Partial<ReminderInput>): ReminderInput => ({
  jobs: [],
  events: [],
  interviews: [],
  states: [],
  followUpDays: 7,
  now: new Date('2026-12-04T12:00:00Z'),
  timeZone: 'UTC',
  ...over,
});

describe('reminders: deadlines', () => {
  it('is upcoming until the day before the deadline, then due, then overdue', () => {
    const jobs = [job({ deadline: '2026-12-10' })];
    const at = (iso: string) => reminders(input({ jobs, now: new Date(iso) }));
    expect(at('2026-12-04T12:00:00Z').upcoming.map((r) => r.kind)).toEqual(['deadline']);
    expect(at('2026-12-08T23:59:00Z').due).toEqual([]);
    const dayBefore = at('2026-12-09T00:01:00Z').due;
    expect(dayBefore).toMatchObject([
      { kind: 'deadline', when: 'due', reason: 'Apply by 2026-12-10 (tomorrow)' },
    ]);
    expect(at('2026-12-10T09:00:00Z').due[0]?.reason).toBe('Apply by 2026-12-10 (today)');
    expect(at('2026-12-12T09:00:00Z').due[0]).toMatchObject({
      when: 'overdue',
      reason: 'Apply by 2026-12-10 (2 days ago)',
    });
  });

  it('reads "today" in the user\'s time zone at the day edges', () => {
    const jobs = [job({ deadline: '2026-12-05' })];
    // 23:30 UTC on Dec 3 is already Dec 4 in Tokyo (the day before the deadline) but still Dec 3 in New York.
    const now = new Date('2026-12-03T23:30:00Z');
    expect(reminders(input({ jobs, now, timeZone: 'Asia/Tokyo' })).due).toHaveLength(1);
    expect(reminders(input({ jobs, now, timeZone: 'America/New_York' })).due).toHaveLength(0);
    // 03:00 UTC on Dec 6 is still Dec 5 (deadline day) in Los Angeles, and Dec 6 (overdue) in Berlin.
    const late = new Date('2026-12-06T03:00:00Z');
    expect(reminders(input({ jobs, now: late, timeZone: 'America/Los_Angeles' })).due[0]?.when).toBe('due');
    expect(reminders(input({ jobs, now: late, timeZone: 'Europe/Berlin' })).due[0]?.when).toBe('overdue');
  });

  it('stops once the job is applied to', () => {
    const jobs = [job({ deadline: '2026-12-04', stage: 'applied' })];
    expect(
      reminders(input({ jobs, events: [applied('2026-12-03T10:00:00Z')] })).due.map((r) => r.kind),
    ).toEqual([]);
  });
});

describe('reminders: follow-ups', () => {
  const jobs = [job({ stage: 'applied' })];
  const events = [applied('2026-11-27T10:00:00Z')];

  it('is due N days after applying while there is no answer', () => {
    const r = reminders(input({ jobs, events, now: new Date('2026-12-04T08:00:00Z') }));
    expect(r.due).toMatchObject([
      {
        kind: 'follow-up',
        day: '2026-12-04',
        when: 'due',
        reason: 'No answer 7 days after applying: follow up',
      },
    ]);
    expect(reminders(input({ jobs, events, now: new Date('2026-12-03T23:00:00Z') })).due).toEqual([]);
  });

  it('takes the per-job days over the default', () => {
    const r = reminders(input({ jobs, events, followUpOverrides: { [JOB]: 10 } }));
    expect(r.due).toEqual([]);
    expect(r.upcoming[0]).toMatchObject({
      day: '2026-12-07',
      reason: 'No answer 10 days after applying: follow up',
    });
  });

  it('goes away when the company answers (the job moves on)', () => {
    const moved = [job({ stage: 'screening' })];
    expect(reminders(input({ jobs: moved, events })).due).toEqual([]);
  });
});

describe('reminders: interviews', () => {
  const jobs = [job({ stage: 'interviewing' })];

  it('shows from the day before until it starts, with the local time', () => {
    const interviews = [round('2026-12-05T14:30:00Z')];
    const r = reminders(input({ jobs, interviews, timeZone: 'Europe/Berlin' }));
    expect(r.due).toMatchObject([{ kind: 'interview', reason: 'Technical interview tomorrow at 15:30' }]);
    expect(reminders(input({ jobs, interviews, now: new Date('2026-12-05T14:31:00Z') })).due).toEqual([]);
  });

  it('ignores unscheduled rounds and closed jobs', () => {
    expect(reminders(input({ jobs, interviews: [round(null)] })).due).toEqual([]);
    const closed = [job({ stage: 'rejected' })];
    expect(reminders(input({ jobs: closed, interviews: [round('2026-12-05T10:00:00Z')] })).due).toEqual([]);
  });
});

describe('reminders: done, snooze and notifications', () => {
  const jobs = [job({ deadline: '2026-12-04' })];
  const now = new Date('2026-12-04T12:00:00Z');
  const key = `deadline:${JOB}:2026-12-04`;

  it('done removes it for good; a new deadline is a new reminder', () => {
    const done = nextState(undefined, key, JOB, { kind: 'done' }, now);
    expect(reminders(input({ jobs, states: [done], now: new Date('2026-12-20T00:00:00Z') })).due).toEqual([]);
    const moved = [job({ deadline: '2026-12-05' })];
    expect(reminders(input({ jobs: moved, states: [done], now })).due).toHaveLength(1);
  });

  it('snooze hides it for a day, then it is due again and notified again', () => {
    const shown = nextState(undefined, key, JOB, { kind: 'notified' }, now);
    const snoozed = nextState(shown, key, JOB, { kind: 'snooze', days: 1 }, new Date('2026-12-04T13:00:00Z'));
    const during = reminders(input({ jobs, states: [snoozed], now: new Date('2026-12-05T12:59:00Z') }));
    expect(during.due).toEqual([]);
    const after = reminders(input({ jobs, states: [snoozed], now: new Date('2026-12-05T13:01:00Z') }));
    expect(after.due).toMatchObject([{ key, when: 'overdue' }]);
    expect(toNotify(after.due, [snoozed])).toHaveLength(1);
    const shownAgain = nextState(snoozed, key, JOB, { kind: 'notified' }, new Date('2026-12-05T13:01:00Z'));
    expect(toNotify(after.due, [shownAgain])).toEqual([]);
  });

  it('notifies a due reminder once', () => {
    const { due } = reminders(input({ jobs, now }));
    expect(toNotify(due, [])).toHaveLength(1);
    const states: ReminderState[] = [nextState(undefined, key, JOB, { kind: 'notified' }, now)];
    expect(toNotify(due, states)).toEqual([]);
  });
});
