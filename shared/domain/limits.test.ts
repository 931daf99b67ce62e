import { describe, expect, it } from 'vitest';
import { boundedText, findUnstorableText, toStorableText } from './limits.ts';

describe('text Postgres can store', () => {
  it('names the first NUL or lone surrogate by its path, keys included', () => {
    expect(findUnstorableText({ title: 'ok', notes: ['fine', 'a\u0000b'] })).toEqual({
      path: 'notes.1',
      problem: 'contains a NUL character (U+0000), which cannot be stored',
    });
    expect(findUnstorableText({ provenance: { ['ti\uDC00tle']: 1 } })?.path).toBe('provenance.ti\uDC00tle');
    expect(findUnstorableText({ emoji: '\uD83D\uDE00 paired is fine' })).toBeNull();
  });

  it('refuses a value nested deeper than any record instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText({ provenance: deep })?.problem).toMatch(/nested deeper than/);
  });

  it('cleans what it cannot store and leaves visible text alone', () => {
    expect(toStorableText({ a: 'x\u0000y', b: ['\uD83D', '\uD83D\uDE00'], n: 3 })).toEqual({
      a: 'xy',
      b: ['\uFFFD', '\uD83D\uDE00'],
      n: 3,
    });
  });

  it('bounds length and content in one schema', () => {
    const Title = boundedText(5);
    expect(Title.safeParse('short').success).toBe(true);
    expect(Title.safeParse('longer').error?.issues[0]?.message).toBe('Too long: at most 5 characters');
    expect(Title.safeParse('a\u0000').error?.issues[0]?.message).toMatch(/NUL/);
  });
});
