import { describe, expect, it } from 'vitest';
import { ROW_STATE_WORDS, rowState, worstTone } from './row-state.ts';

describe('rowState', () => {
  it('says what will happen in a preview', () => {
    expect(rowState('fill', undefined, false)).toBe('will-fill');
    expect(rowState('needs-you', undefined, false)).toBe('needs-you');
    expect(rowState('skip', undefined, false)).toBe('skipped');
  });

  it('says what happened after a fill; a planned row is never left saying "Will fill"', () => {
    expect(rowState('fill', 'filled', true)).toBe('filled');
    expect(rowState('fill', 'did-not-stick', true)).toBe('did-not-stick');
    expect(rowState('fill', 'not-written', true)).toBe('skipped');
    expect(rowState('fill', undefined, true)).toBe('skipped');
    expect(rowState('needs-you', undefined, true)).toBe('needs-you');
    expect(ROW_STATE_WORDS[rowState('fill', 'did-not-stick', true)]).toBe('Did not stick');
  });
});

describe('worstTone', () => {
  it('is the worst row: did not stick > needs you > filled > skipped', () => {
    expect(worstTone(['filled', 'filled', 'did-not-stick', 'needs-you'])).toBe('bad');
    expect(worstTone(['filled', 'needs-you', 'skipped'])).toBe('warn');
    expect(worstTone(['filled', 'skipped'])).toBe('ok');
    expect(worstTone(['skipped'])).toBe('neutral');
    expect(worstTone([])).toBe('neutral');
  });
});
