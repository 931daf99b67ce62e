// What the extension sends to the queue-application function, checked on both sides.
import { z } from 'zod';

export const Answer = z.object({ label: z.string().trim().min(1).max(200), value: z.string().max(10_000) });
export type Answer = z.infer<typeof Answer>;

export const QueueRequest = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('queue'),
    job_id: z.uuid(),
    /** The user looked at the review (answers, resume version and hash, cover letter) and approved it. */
    approved: z.literal(true),
    answers: z.array(Answer).min(1).max(200),
    resume_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullish(),
  }),
  z.object({ action: z.literal('withdraw'), application_id: z.uuid() }),
  z.object({
    action: z.literal('record'),
    application_id: z.uuid(),
    status: z.enum(['submitted_successfully', 'failed_submission']),
    note: z.string().max(1000).optional(),
  }),
]);
export type QueueRequest = z.infer<typeof QueueRequest>;

/** One application as the extension shows it (popup, side panel, pipeline card). */
export const SubmissionView = z.object({
  id: z.uuid(),
  job_id: z.uuid(),
  status: z.string(),
  status_reason: z.string().nullable(),
  receipt: z.record(z.string(), z.unknown()).nullable(),
  answers: z.array(Answer),
  resume_sha256: z.string().nullable(),
  submitted_at: z.string().nullable(),
  updated_at: z.string(),
});
export type SubmissionView = z.infer<typeof SubmissionView>;
