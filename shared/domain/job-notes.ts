// A job's notes and contacts as rows of their own (server: job_notes, job_contacts), synced like the job.
import { z } from 'zod';
import { Id, IsoDateTime, WebUrl } from './common.ts';
import { boundedText, FIELD_LIMITS } from './limits.ts';

export const JobNote = z.object({
  id: Id,
  jobId: Id,
  body: boundedText(FIELD_LIMITS.notes).trim().min(1, 'Write the note'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type JobNote = z.infer<typeof JobNote>;

export const ContactRole = z.enum(['recruiter', 'hiring_manager', 'interviewer', 'referrer', 'other']);

const shortText = boundedText(FIELD_LIMITS.shortText).optional();

export const JobContact = z.object({
  id: Id,
  jobId: Id,
  role: ContactRole,
  name: boundedText(FIELD_LIMITS.shortText).trim().min(1, 'Add the name'),
  title: shortText,
  email: z.union([z.string().email('Enter an email like name@example.com'), z.literal('')]).optional(),
  phone: shortText,
  linkedinUrl: z.union([WebUrl, z.literal('')]).optional(),
  notes: boundedText(FIELD_LIMITS.notes).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type JobContact = z.infer<typeof JobContact>;
