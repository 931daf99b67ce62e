import { describe, expect, it } from 'vitest';
import { moveRefusal, neighbourStage } from './moves.ts';

describe('board moves', () => {
  it('allows the moves the stage rules allow and says why the others are refused', () => {
    expect(moveRefusal('saved', 'applied')).toBeNull();
    expect(moveRefusal('applied', 'offer')).toBeNull();
    expect(moveRefusal('saved', 'offer')).toBe(
      "A job can't move from Saved to Offer. From Saved it can go to: Applied, Withdrawn.",
    );
    expect(moveRefusal('rejected', 'applied')).toMatch(/From Rejected it can go to: none/);
    expect(moveRefusal('applied', 'applied')).toBe('It is already in Applied.');
  });

  it('steps between neighbouring columns and stops at the ends', () => {
    expect(neighbourStage('saved', 1)).toBe('applied');
    expect(neighbourStage('saved', -1)).toBe('saved');
    expect(neighbourStage('ghosted', 1)).toBe('ghosted');
    expect(neighbourStage('offer', -1)).toBe('interviewing');
  });
});
