import { describe, expect, it } from 'vitest';
import { titleInfo, titleSimilarity } from './titles.ts';

const sim = (a: string, b: string) => titleSimilarity(titleInfo(a), titleInfo(b));

describe('titles in the same field but another specialty', () => {
  it('an iOS engineer is closer to an Apple-platforms role than to an Android one', () => {
    const ios = 'iOS Engineer';
    expect(sim('Mobile Engineer, Apple Platforms', ios)).toBeGreaterThan(sim('Android Engineer', ios));
    expect(sim('Senior iOS Developer', ios)).toBeGreaterThan(0.9);
    expect(sim('Android Engineer', ios)).toBeLessThan(0.6);
  });

  it('a cross-platform role sits between the two platforms', () => {
    const ios = 'iOS Engineer';
    const flutter = sim('Flutter Developer', ios);
    expect(flutter).toBeGreaterThan(sim('Android Engineer', ios));
    expect(flutter).toBeLessThan(sim('Mobile Engineer, Apple Platforms', ios));
  });
});
