// How the Account tab names the other side of a coach relationship: the name that person chose, else
// "Your coach" / "A client" with the day it began; never a user id. Names come from another person, so they
// are cut to the limit here as well (the UI renders them as text only).
import { COACH_NAME_MAX, type CoachStatus, type Relationship } from './protocol.ts';

/** Formats a day for people (the UI passes the browser's locale; tests pass a fixed one). */
export type DayFormat = (iso: string) => string;

export const COACH_STATUS_LABELS: Record<CoachStatus, string> = {
  pending: 'Invitation open',
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};

/** The status as a word, and the tone its chip takes (colour only repeats the word). */
export function coachStatus(
  r: Relationship,
  now = Date.now(),
): { label: string; tone: 'ok' | 'warn' | 'bad' } {
  if (r.status === 'pending' && Date.parse(r.inviteExpiresAt) <= now)
    return { label: 'Invitation expired', tone: 'bad' };
  const tone = r.status === 'active' ? 'ok' : r.status === 'ended' ? 'bad' : 'warn';
  return { label: COACH_STATUS_LABELS[r.status], tone };
}

/** A chosen name as shown: blank means none, and nothing longer than the limit reaches the screen. */
export function shownName(name: string | null | undefined): string | null {
  const flat = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  // Counted in characters, as the database counts them, so an emoji is never cut in half.
  const chars = Array.from(flat);
  return chars.length > COACH_NAME_MAX ? `${chars.slice(0, COACH_NAME_MAX - 1).join('')}…` : flat;
}

const began = (r: Relationship) => r.activatedAt ?? r.createdAt;

/** The coach as the client sees them; `inSentence` lowers the fallback's first letter ("End sharing with your coach…"). */
export function coachLabel(r: Relationship, day: DayFormat, inSentence = false): string {
  const name = shownName(r.coachName);
  if (name) return name;
  return `${inSentence ? 'your' : 'Your'} coach (since ${day(began(r))})`;
}

/** The client as the coach sees them. */
export function clientLabel(r: Relationship, day: DayFormat, inSentence = false): string {
  return shownName(r.clientName) ?? `${inSentence ? 'a' : 'A'} client (since ${day(began(r))})`;
}
