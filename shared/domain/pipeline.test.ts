import { describe, expect, it } from 'vitest';
import type { Job } from './job.ts';
import { changeStage, countByStage } from './pipeline.ts';
import { StageTransitionError } from './stages.ts';
import { storedJob } from './testing.ts';

const job = (stage: Job['stage'] = 'saved') => storedJob({ stage }) as Job;

describe('changeStage', () => {
  it('moves forward and records the move as a StageEvent', () => {
    const { job: moved, event } = changeStage(job('saved'), 'applied', 'user', '2026-01-02T00:00:00.000Z');
    expect(moved.stage).toBe('applied');
    expect(moved.stageChangedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(event).toMatchObject({ from: 'saved', to: 'applied', cause: 'user', jobId: moved.id });
  });

  it('refuses a move that skips the application, and says where the job can go', () => {
    expect(() => changeStage(job('saved'), 'offer', 'user')).toThrow(StageTransitionError);
    expect(() => changeStage(job('saved'), 'offer', 'user')).toThrow(/can go to: Applied, Withdrawn/);
    expect(() => changeStage(job('rejected'), 'offer', 'user')).toThrow(/none/);
  });

  it('lets undo return to an earlier stage', () => {
    expect(changeStage(job('rejected'), 'interviewing', 'undo').job.stage).toBe('interviewing');
  });
});

describe('countByStage', () => {
  it('counts every stage, zeros included', () => {
    const counts = countByStage([job('saved'), job('saved'), job('offer')]);
    expect(counts.saved).toBe(2);
    expect(counts.offer).toBe(1);
    expect(counts.ghosted).toBe(0);
    expect(Object.keys(counts)).toHaveLength(9);
  });
});
