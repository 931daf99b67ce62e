import { describe, expect, it } from 'vitest';
import { CoachRequest, describeRedemption, materialPreview } from './protocol.ts';

describe('coach protocol', () => {
  it('says every redemption outcome in a sentence naming the client by their chosen name', () => {
    expect(describeRedemption({ outcome: 'redeemed', clientName: 'Ada' })).toBe('You now coach Ada.');
    expect(describeRedemption({ outcome: 'redeemed', clientName: null })).toBe('You now coach a new client.');
    expect(describeRedemption({ outcome: 'rate_limited', clientName: null })).toContain(
      'wait before trying again',
    );
    expect(describeRedemption({ outcome: 'expired', clientName: null })).toContain(
      'ask your client for a new one',
    );
  });

  it('previews a JSON material as its text, and cuts long text', () => {
    const doc = JSON.stringify({
      summary: 'Backend engineer',
      bullets: [{ text: 'Led the  Postgres\nmigration' }],
    });
    expect(materialPreview(doc)).toBe('Backend engineer Led the Postgres migration');
    expect(materialPreview('plain text letter')).toBe('plain text letter');
    expect(materialPreview('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('refuses a note that is blank or too long, and a status a client cannot set', () => {
    const id = '0b6a1f0e-6f1c-4c3e-9d2a-1f2e3d4c5b6a';
    expect(CoachRequest.safeParse({ action: 'addNote', relationshipId: id, body: '   ' }).success).toBe(
      false,
    );
    expect(
      CoachRequest.safeParse({ action: 'addNote', relationshipId: id, body: 'x'.repeat(10_001) }).success,
    ).toBe(false);
    expect(
      CoachRequest.safeParse({ action: 'setStatus', relationshipId: id, status: 'pending' }).success,
    ).toBe(false);
    expect(
      CoachRequest.safeParse({ action: 'setStatus', relationshipId: id, status: 'paused' }).success,
    ).toBe(true);
  });

  it('trims a display name and refuses one over the limit', () => {
    expect(CoachRequest.parse({ action: 'invite', displayName: '  Ada  ' })).toEqual({
      action: 'invite',
      displayName: 'Ada',
    });
    expect(CoachRequest.safeParse({ action: 'invite', displayName: 'x'.repeat(81) }).success).toBe(false);
    expect(CoachRequest.safeParse({ action: 'redeem', code: 'C', displayName: 'x'.repeat(80) }).success).toBe(
      true,
    );
  });
});
