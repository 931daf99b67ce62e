import { describe, expect, it } from 'vitest';
import type { Stage } from '../domain/stage-names.ts';
import { computeAnalytics } from './measures.ts';
import type { AnalyticsEvent, AnalyticsJob, GroupFigures } from './types.ts';
import { isoWeek } from './week.ts';

// Day 0 is Monday 2026-11-02 (ISO week 2026-W45); day 7 starts 2026-W46.
const day = (d: number) => new Date(Date.UTC(2026, 10, 2) + d * 86_400_000).toISOString();
let seq = 0;
function history(jobId: string, steps: [Stage, number, string?][]): AnalyticsEvent[] {
  let from: Stage | null = null;
  return steps.map(([to, d, cause]) => {
    const e = {
      id: `e${String(++seq).padStart(4, '0')}`,
      jobId,
      from,
      to,
      at: day(d),
      cause: cause ?? 'user',
    };
    from = to;
    return e;
  });
}
const job = (id: string, stage: Stage, board: string | null, personaId: string | null): AnalyticsJob => ({
  id,
  stage,
  board,
  personaId,
});

// A: straight to an offer. B: rejected after applying. C: applied in week 46, ghosted. D: only saved.
// E: applied, a slip to screening undone an hour later, then interviewing; plus a no-op event.
const jobs = [
  job('A', 'offer', 'greenhouse', 'p1'),
  job('B', 'rejected', 'greenhouse', 'p1'),
  job('C', 'ghosted', 'lever', null),
  job('D', 'saved', null, 'p2'),
  job('E', 'interviewing', 'lever', 'p2'),
];
const events = [
  ...history('A', [
    ['saved', 0, 'capture'],
    ['applied', 1],
    ['screening', 4],
    ['interviewing', 10],
    ['offer', 20],
  ]),
  ...history('B', [
    ['saved', 0, 'capture'],
    ['applied', 2],
    ['rejected', 9],
  ]),
  ...history('C', [
    ['saved', 0, 'capture'],
    ['applied', 8],
    ['ghosted', 29],
  ]),
  ...history('D', [['saved', 0, 'capture']]),
  ...history('E', [
    ['saved', 0, 'capture'],
    ['applied', 1],
    ['screening', 2],
    ['applied', 2 + 1 / 24, 'undo'],
  ]),
  { id: 'e0900', jobId: 'E', from: 'applied', to: 'applied', at: day(3), cause: 'sync' } as AnalyticsEvent,
  {
    id: 'e0901',
    jobId: 'E',
    from: 'applied',
    to: 'interviewing',
    at: day(5),
    cause: 'user',
  } as AnalyticsEvent,
  // An event of a job that is no longer saved counts nowhere.
  ...history('gone', [['saved', 0, 'capture']]),
];
const funnel = (saved: number, applied: number, screening: number, interviewing: number, offer: number) => ({
  saved,
  applied,
  screening,
  interviewing,
  offer,
});
const time = (stage: Stage, intervals: number, medianDays: number, meanDays: number) => ({
  stage,
  intervals,
  medianDays,
  meanDays,
});
const keys = (groups: GroupFigures[]) => groups.map((g) => g.key);

describe('computeAnalytics', () => {
  const result = computeAnalytics(jobs, [...events].reverse());

  it('counts every live job at each funnel stage it reached or passed, from its stage events', () => {
    expect(result.overall.jobs).toBe(5);
    // E's undone screening does not count, but its later interviewing passes screening.
    expect(result.overall.funnel).toEqual(funnel(5, 4, 2, 2, 1));
  });

  it('gives the response rate of applied jobs: any answer, a rejection included, ghosting not', () => {
    expect(result.overall.responded).toBe(3); // A, B (rejected), E; C was ghosted
    expect(result.overall.responseRate).toBe(0.75);
  });

  it('measures completed stays between consecutive events, the undone slip and no-op left out', () => {
    expect(result.overall.stageTimes).toEqual([
      time('saved', 4, 1.5, 3), // A 1, B 2, C 8, E 1
      time('applied', 4, 5.5, 8.75), // A 3, B 7, C 21, E 4 (1 → 5: the slip and no-op removed)
      time('screening', 1, 6, 6),
      time('interviewing', 1, 10, 10),
    ]);
  });

  it('splits by board, persona and ISO week of applying, the unknown group last', () => {
    expect(keys(result.byBoard)).toEqual(['greenhouse', 'lever', null]);
    expect(result.byBoard[0]).toMatchObject({ jobs: 2, funnel: funnel(2, 2, 1, 1, 1), responseRate: 1 });
    expect(result.byBoard[1]).toMatchObject({ jobs: 2, funnel: funnel(2, 2, 1, 1, 0), responseRate: 0.5 });
    expect(result.byBoard[2]).toMatchObject({ jobs: 1, funnel: funnel(1, 0, 0, 0, 0), responded: 0 });
    expect(result.byBoard[2]?.responseRate).toBeNull();
    expect(result.byBoard[2]?.stageTimes).toEqual([]);

    expect(keys(result.byPersona)).toEqual(['p1', 'p2', null]);
    expect(result.byPersona.map((g) => g.jobs)).toEqual([2, 2, 1]);

    // D never applied: it is in no week.
    expect(keys(result.byWeek)).toEqual(['2026-W45', '2026-W46']);
    const [w45, w46] = result.byWeek;
    expect(w45).toMatchObject({ jobs: 3, funnel: funnel(3, 3, 2, 2, 1), responded: 3, responseRate: 1 });
    expect(w45?.stageTimes.slice(0, 2)).toEqual([time('saved', 3, 1, 4 / 3), time('applied', 3, 4, 14 / 3)]);
    expect(w46).toMatchObject({ jobs: 1, responded: 0, responseRate: 0 });
  });

  it('says nothing when there is nothing: zero jobs, no rate, no groups', () => {
    const empty = computeAnalytics([], []);
    expect(empty.overall).toEqual({
      key: null,
      jobs: 0,
      funnel: funnel(0, 0, 0, 0, 0),
      responded: 0,
      responseRate: null,
      stageTimes: [],
    });
    expect([empty.byBoard, empty.byPersona, empty.byWeek]).toEqual([[], [], []]);
  });

  it('counts a job at its current stage even without events (an import), in the unknown week', () => {
    const r = computeAnalytics([job('X', 'interviewing', null, null)], []);
    expect(r.overall.funnel).toEqual(funnel(1, 1, 1, 1, 0));
    expect(r.overall.responded).toBe(1);
    expect(keys(r.byWeek)).toEqual([null]);
  });

  it('orders events by instant whatever their offset, then by id on equal instants', () => {
    const r = computeAnalytics(
      [job('Y', 'screening', null, null)],
      [
        { id: 'b', jobId: 'Y', from: 'saved', to: 'applied', at: '2026-11-03T02:00:00+02:00', cause: 'user' },
        { id: 'a', jobId: 'Y', from: null, to: 'saved', at: '2026-11-03T00:00:00Z', cause: 'capture' },
        { id: 'c', jobId: 'Y', from: 'applied', to: 'screening', at: '2026-11-03T12:00:00Z', cause: 'user' },
      ],
    );
    // saved and applied start at the same instant: saved (id a) first, a zero-length stay.
    expect(r.overall.stageTimes).toEqual([time('saved', 1, 0, 0), time('applied', 1, 0.5, 0.5)]);
  });

  it('forgets a move that was undone: a slip to applied and back leaves the job saved only', () => {
    const r = computeAnalytics(
      [job('U', 'saved', null, null)],
      history('U', [
        ['saved', 0, 'capture'],
        ['applied', 1],
        ['saved', 1.5, 'undo'],
      ]),
    );
    expect(r.overall.funnel).toEqual(funnel(1, 0, 0, 0, 0));
    expect(r.overall.stageTimes).toEqual([]); // saved is still the current stay
    expect(r.byWeek).toEqual([]);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const r = computeAnalytics(
      [job('M', 'applied', null, null), job('N', 'applied', null, null)],
      [
        ...history('M', [
          ['saved', 0, 'capture'],
          ['applied', 1],
        ]),
        ...history('N', [
          ['saved', 0, 'capture'],
          ['applied', 4],
        ]),
      ],
    );
    expect(r.overall.stageTimes).toEqual([time('saved', 2, 2.5, 2.5)]);
  });
});

describe('isoWeek', () => {
  it('names the ISO week in UTC, across year ends', () => {
    expect(isoWeek(Date.parse('2026-11-02T00:00:00Z'))).toBe('2026-W45');
    expect(isoWeek(Date.parse('2026-11-08T23:59:59Z'))).toBe('2026-W45');
    expect(isoWeek(Date.parse('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(Date.parse('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(Date.parse('2021-01-03T00:00:00Z'))).toBe('2020-W53');
  });
});

describe('sameFigures', () => {
  it('tells equal figures from figures that differ anywhere', async () => {
    const { sameFigures } = await import('./compare.ts');
    const a = computeAnalytics(jobs, events);
    expect(sameFigures(a, computeAnalytics(jobs, [...events].reverse()))).toBe(true);
    expect(sameFigures(a, computeAnalytics(jobs.slice(1), events))).toBe(false);
    expect(sameFigures({ x: [1, 2] }, { x: [1, 2, 3] })).toBe(false);
    expect(sameFigures({ x: null }, { x: 0 })).toBe(false);
  });
});
