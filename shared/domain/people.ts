// The people of a search (recruiters, hiring managers, referrers) and what happened with them.
// One row per person, linked to every job they relate to by `jobIds` (a person touches a handful of jobs,
// so the links travel with the person and one last-writer-wins edit covers them); each interaction is a
// row of its own, so two devices logging a call at the same time both keep theirs.
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, WebUrl } from './common.ts';
import { boundedText, FIELD_LIMITS } from './limits.ts';

export const PersonRole = z.enum(['recruiter', 'hiring_manager', 'referrer', 'interviewer', 'other']);
export type PersonRole = z.infer<typeof PersonRole>;

const shortText = boundedText(FIELD_LIMITS.shortText).optional();

export const Person = z.object({
  id: Id,
  name: boundedText(FIELD_LIMITS.shortText).trim().min(1, 'Add the name'),
  role: PersonRole,
  email: z.union([z.string().email('Enter an email like name@example.com'), z.literal('')]).optional(),
  phone: shortText,
  linkedinUrl: z.union([WebUrl, z.literal('')]).optional(),
  /** The jobs this person relates to (the same recruiter on two jobs is one person). */
  jobIds: z.array(Id).max(FIELD_LIMITS.listItems),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Person = z.infer<typeof Person>;

export const InteractionChannel = z.enum(['email', 'call', 'video', 'message', 'meeting', 'other']);
export type InteractionChannel = z.infer<typeof InteractionChannel>;

export const Interaction = z.object({
  id: Id,
  personId: Id,
  /** The job it was about, when it was about one. */
  jobId: Id.nullable(),
  on: IsoDate,
  channel: InteractionChannel,
  summary: boundedText(FIELD_LIMITS.notes).trim().min(1, 'Say what happened'),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Interaction = z.infer<typeof Interaction>;

/** The person with `jobId` added to their links (no duplicate). */
export function linkJob(person: Person, jobId: string, now: string): Person {
  if (person.jobIds.includes(jobId)) return person;
  return { ...person, jobIds: [...person.jobIds, jobId], updatedAt: now };
}

/** The person without the link to `jobId`; null when no job is left (the person is then deleted). */
export function unlinkJob(person: Person, jobId: string, now: string): Person | null {
  const jobIds = person.jobIds.filter((id) => id !== jobId);
  return jobIds.length ? { ...person, jobIds, updatedAt: now } : null;
}

/** A person's interactions, newest first; with `jobId`, those about that job or about no job. */
export function interactionLog(all: Interaction[], personId: string, jobId?: string): Interaction[] {
  return all
    .filter((i) => i.personId === personId && (!jobId || i.jobId === null || i.jobId === jobId))
    .sort((a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt));
}
