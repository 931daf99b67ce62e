import { describe, expect, it } from 'vitest';
import { appliedMoveFor, receiptFor } from './applied.ts';
import type { SubmissionView } from './request.ts';

const view = (over: Partial<SubmissionView> = {}): SubmissionView => ({
  id: '7b0a3f1e-5c39-4f4e-9d5e-6a1c2b3d4e5f',
  job_id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  status: 'submitted_successfully',
  status_reason: null,
  receipt: { run_id: 'tsk_1', confirmation: 'CONF-42', reported_by: 'webhook' },
  answers: [{ label: 'Email', value: 'ada@example.com' }],
  resume_sha256: 'a'.repeat(64),
  submitted_at: '2026-12-04T10:00:00.000Z',
  updated_at: '2026-12-04T10:00:01.000Z',
  ...over,
});

describe('a submitted application and its job', () => {
  it('moves a saved job to Applied with cause skyvern when a run submitted it', () => {
    expect(appliedMoveFor(view(), 'saved')).toEqual({ to: 'applied', cause: 'skyvern' });
  });

  it('says the user submitted it after a takeover', () => {
    expect(appliedMoveFor(view({ receipt: { recorded_by: 'user' } }), 'saved')?.cause).toBe('user');
  });

  it('leaves a job alone that is not submitted or is already past Saved', () => {
    expect(appliedMoveFor(view({ status: 'processing' }), 'saved')).toBeNull();
    expect(appliedMoveFor(view({ status: 'action_required' }), 'saved')).toBeNull();
    expect(appliedMoveFor(view(), 'interviewing')).toBeNull();
    expect(appliedMoveFor(view(), 'applied')).toBeNull();
  });

  it('keeps a receipt with the answers, the resume hash and the confirmation, keyed by the application', () => {
    const receipt = receiptFor(view(), 'https://boards.example.com/jobs/1');
    expect(receipt).toEqual({
      id: view().id,
      jobId: view().job_id,
      url: 'https://boards.example.com/jobs/1',
      submittedAt: '2026-12-04T10:00:00.000Z',
      resumeSha256: 'a'.repeat(64),
      answers: [
        { label: 'Email', value: 'ada@example.com' },
        { label: 'Confirmation', value: 'CONF-42' },
      ],
    });
    expect(receiptFor(view({ status: 'failed_submission' }), 'https://x.example')).toBeNull();
  });
});
