import { describe, expect, it } from 'vitest';
import { addCounts, describeRestore } from './restore-status.ts';

const startedAt = '2026-01-01T00:00:00.000Z';

describe('restore status text', () => {
  it('gives per-table counts so far while running, in table order, with thousands separators', () => {
    expect(
      describeRestore({ state: 'running', startedAt, counts: { saved_answers: 1, jobs: 1500, profiles: 1 } }),
    ).toBe('Restoring your data: 1,500 jobs, 1 profile, 1 saved answer so far…');
    expect(describeRestore({ state: 'running', startedAt, counts: {} })).toBe(
      'Restoring your data: nothing yet so far…',
    );
  });

  it('says when it is done, also for an empty account', () => {
    expect(
      describeRestore({ state: 'done', startedAt, at: startedAt, counts: { jobs: 5000, documents: 10 } }),
    ).toBe('Restored your data: 5,000 jobs, 10 documents.');
    expect(describeRestore({ state: 'done', startedAt, at: startedAt, counts: {} })).toBe(
      'Restored your data: the account had nothing saved yet.',
    );
  });

  it('says where it stopped and that it carries on, and counts across the interrupted and the next run', () => {
    const counts = addCounts({ jobs: 500 }, { jobs: 250, job_notes: 2 });
    expect(counts).toEqual({ jobs: 750, job_notes: 2 });
    expect(
      describeRestore({ state: 'error', startedAt, at: startedAt, counts, message: 'Network is down.' }),
    ).toBe('Restoring stopped after 750 jobs, 2 notes: Network is down. It continues on the next sync.');
  });
});
