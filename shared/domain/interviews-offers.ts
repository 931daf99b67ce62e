// A job's interview rounds and offers as rows of their own (server: interview_prep, offers).
// Reminders, the job detail page, the board and analytics all read these one shapes.
import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, PayPeriod } from './common.ts';
import { boundedText, FIELD_LIMITS } from './limits.ts';

/** The server's interview_kind enum, in the same order. */
export const InterviewKind = z.enum([
  'phone_screen',
  'recruiter',
  'technical',
  'take_home',
  'system_design',
  'behavioral',
  'onsite',
  'final',
  'other',
]);
export type InterviewKind = z.infer<typeof InterviewKind>;

const listItem = boundedText(FIELD_LIMITS.listItem);

export const InterviewRound = z.object({
  id: Id,
  jobId: Id,
  kind: InterviewKind,
  /** When the round starts; null while it is not yet scheduled. */
  scheduledAt: IsoDateTime.nullable(),
  interviewers: z.array(listItem).max(FIELD_LIMITS.listItems),
  questions: z.array(listItem).max(FIELD_LIMITS.listItems),
  /** Preparation notes. */
  notes: boundedText(FIELD_LIMITS.notes),
  feedback: boundedText(FIELD_LIMITS.notes).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type InterviewRound = z.infer<typeof InterviewRound>;

/** One move in a negotiation: what was asked or answered, and when. */
export const NegotiationStep = z.object({
  on: IsoDate,
  note: boundedText(FIELD_LIMITS.listItem).trim().min(1, 'Say what was asked or offered'),
});
export type NegotiationStep = z.infer<typeof NegotiationStep>;

/** The server's offer_status enum. */
export const OfferStatus = z.enum(['pending', 'negotiating', 'accepted', 'declined', 'expired', 'rescinded']);
export type OfferStatus = z.infer<typeof OfferStatus>;

export const Offer = z.object({
  id: Id,
  jobId: Id,
  status: OfferStatus,
  baseSalary: z.number().nonnegative().nullable(),
  currency: Currency.nullable(),
  period: PayPeriod.nullable(),
  bonus: boundedText(FIELD_LIMITS.shortText).optional(),
  equity: boundedText(FIELD_LIMITS.shortText).optional(),
  benefits: boundedText(FIELD_LIMITS.notes).optional(),
  startDate: IsoDate.nullable(),
  /** The date the company wants an answer by. */
  respondBy: IsoDate.nullable(),
  notes: boundedText(FIELD_LIMITS.notes),
  /** Asks and answers, oldest first. */
  negotiation: z.array(NegotiationStep).max(FIELD_LIMITS.listItems).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Offer = z.infer<typeof Offer>;
