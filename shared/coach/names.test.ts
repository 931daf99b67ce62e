import { describe, expect, it } from 'vitest';
import { clientLabel, coachLabel, coachStatus, shownName } from './names.ts';
import type { Relationship } from './protocol.ts';

const day = (iso: string) => iso.slice(0, 10);
const rel = (over: Partial<Relationship> = {}): Relationship => ({
  id: 'r1',
  clientId: 'user_2abcClient',
  coachId: 'user_2abcCoach',
  clientName: null,
  coachName: null,
  status: 'active',
  createdAt: '2026-12-01T09:00:00.000Z',
  inviteExpiresAt: '2026-12-08T09:00:00.000Z',
  activatedAt: '2026-12-02T10:00:00.000Z',
  pausedAt: null,
  endedAt: null,
  ...over,
});

describe('coach names', () => {
  it('names each side by the name they chose', () => {
    const r = rel({ clientName: 'Ada Lovelace', coachName: 'Grace (career coach)' });
    expect(clientLabel(r, day)).toBe('Ada Lovelace');
    expect(coachLabel(r, day, true)).toBe('Grace (career coach)');
  });

  it('falls back to "Your coach" / "A client" with the day it began, never the user id', () => {
    const r = rel({ coachName: '   ' });
    expect(coachLabel(r, day)).toBe('Your coach (since 2026-12-02)');
    expect(coachLabel(r, day, true)).toBe('your coach (since 2026-12-02)');
    expect(clientLabel(r, day)).toBe('A client (since 2026-12-02)');
    const pending = rel({ status: 'pending', coachId: null, activatedAt: null });
    expect(coachLabel(pending, day)).toBe('Your coach (since 2026-12-01)');
    for (const label of [coachLabel(r, day), clientLabel(r, day)]) expect(label).not.toContain('user_');
  });

  it('flattens white space and cuts a name longer than the limit', () => {
    expect(shownName(' Ada\n\tLovelace ')).toBe('Ada Lovelace');
    const long = shownName('x'.repeat(500));
    expect(long).toHaveLength(80);
    expect(long?.endsWith('…')).toBe(true);
    expect(shownName('😀'.repeat(80))).toBe('😀'.repeat(80));
    expect(Array.from(shownName('😀'.repeat(81)) ?? '')).toHaveLength(80);
  });

  it('says the status in words, an unused invitation past its day as expired', () => {
    const now = Date.parse('2026-12-05T00:00:00.000Z');
    expect(coachStatus(rel(), now)).toEqual({ label: 'Active', tone: 'ok' });
    expect(coachStatus(rel({ status: 'paused' }), now)).toEqual({ label: 'Paused', tone: 'warn' });
    expect(coachStatus(rel({ status: 'ended' }), now)).toEqual({ label: 'Ended', tone: 'bad' });
    expect(coachStatus(rel({ status: 'pending' }), now).label).toBe('Invitation open');
    expect(coachStatus(rel({ status: 'pending' }), Date.parse('2026-12-09T00:00:00Z')).label).toBe(
      'Invitation expired',
    );
  });
});
