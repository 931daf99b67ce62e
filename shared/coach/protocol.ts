// The wire format of POST /functions/v1/coach (issue 17 part 3), shared by the extension and the function.
// A client invites a coach with a one-time code and pauses, resumes or ends the relationship; a coach
// redeems a code, reads an active client's pipeline read-only and writes notes the client reads.
import { z } from 'zod';
import type { Stage } from '../domain/index.ts';

export const COACH_STATUSES = ['pending', 'active', 'paused', 'ended'] as const;
export type CoachStatus = (typeof COACH_STATUSES)[number];
/** What a client may set: the server refuses any other move (ended is final). */
export const ClientStatusChange = z.enum(['active', 'paused', 'ended']);

export const COACH_NOTE_MAX = 10_000;
/** A display name's limit in characters, after trimming (the database refuses longer ones too). */
export const COACH_NAME_MAX = 80;
/** How one side names itself to the other: optional, trimmed; the database cleans and checks it again. */
const DisplayName = z.string().trim().max(COACH_NAME_MAX).optional();

export const CoachRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('invite'), displayName: DisplayName }),
  z.object({ action: z.literal('redeem'), code: z.string().min(1).max(100), displayName: DisplayName }),
  z.object({ action: z.literal('list') }),
  z.object({ action: z.literal('setStatus'), relationshipId: z.uuid(), status: ClientStatusChange }),
  /** Either side changes its own name on one relationship (the server picks the side from the caller). */
  z.object({ action: z.literal('rename'), relationshipId: z.uuid(), displayName: DisplayName }),
  z.object({ action: z.literal('clientView'), relationshipId: z.uuid() }),
  z.object({
    action: z.literal('addNote'),
    relationshipId: z.uuid(),
    jobId: z.uuid().nullable().optional(),
    body: z.string().trim().min(1).max(COACH_NOTE_MAX),
  }),
]);
export type CoachRequest = z.infer<typeof CoachRequest>;

export interface Invitation {
  relationshipId: string;
  /** Shown once: only its hash is stored. */
  code: string;
  expiresAt: string;
}

export type RedeemOutcome =
  | 'redeemed'
  | 'invalid'
  | 'expired'
  | 'own_code'
  | 'already_connected'
  | 'rate_limited';
export interface Redemption {
  outcome: RedeemOutcome;
  /** How the client named themself, when the code was theirs and they gave a name. */
  clientName: string | null;
}

export interface Relationship {
  id: string;
  clientId: string;
  coachId: string | null;
  /** How each side named itself to the other (null: no name given; the client's is cleared on end). */
  clientName: string | null;
  coachName: string | null;
  status: CoachStatus;
  createdAt: string;
  inviteExpiresAt: string;
  activatedAt: string | null;
  pausedAt: string | null;
  endedAt: string | null;
}

export interface CoachNote {
  id: string;
  relationshipId: string;
  coachId: string;
  /** How the coach named themself on this relationship (the client's view). */
  coachName: string | null;
  jobId: string | null;
  /** The job's title and company when the client still has it (the client's view). */
  jobLabel: string | null;
  body: string;
  createdAt: string;
}

/** Both sides at once: the caller's coaches (as a client) and clients (as a coach), newest first. */
export interface CoachOverview {
  asClient: Relationship[];
  asCoach: Relationship[];
  /** Notes the caller's coaches wrote for them, newest first (kept after a relationship ends). */
  notesForMe: CoachNote[];
}

export interface CoachedJob {
  id: string;
  title: string;
  company: string;
  stage: Stage;
  updatedAt: string;
  /** The job's own notes field and its separate notes, oldest first. */
  notes: string[];
  events: { from: Stage | null; to: Stage; at: string }[];
  materials: { kind: string; chosenAt: string; preview: string }[];
}

/** What a coach sees of one active client; an inactive relationship answers 403 instead. */
export interface ClientView {
  relationship: Relationship;
  jobs: CoachedJob[];
  notes: CoachNote[];
}

/** One sentence for a redemption, for the coach's Account tab. */
export function describeRedemption(r: Redemption): string {
  switch (r.outcome) {
    case 'redeemed':
      return `You now coach ${r.clientName ?? 'a new client'}.`;
    case 'invalid':
      return 'That code is not valid: it may be mistyped, already used or cancelled.';
    case 'expired':
      return 'That code has expired: ask your client for a new one.';
    case 'own_code':
      return 'That is your own invitation: send it to your coach instead.';
    case 'already_connected':
      return `You already coach ${r.clientName ?? 'this client'}.`;
    case 'rate_limited':
      return 'Too many wrong codes in the last hour: wait before trying again.';
  }
}

/** Plain text of a stored material (its JSON's strings in order), cut to `max` characters. */
export function materialPreview(content: string, max = 300): string {
  let text = content;
  try {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(content));
    text = strings.join(' ');
  } catch {
    // Not JSON: the content is the text.
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
