import { describe, expect, it } from 'vitest';
import { levelWord, titleInfo, titleSimilarity } from './titles.ts';

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

describe('teaching: the age taught is a specialty, middle leadership is a level', () => {
  it('a secondary maths teacher is closer to a maths post than to a primary class teacher', () => {
    const me = 'Secondary mathematics teacher';
    expect(sim('Teacher of Mathematics', me)).toBeGreaterThan(sim('Primary Class Teacher (Year 4)', me));
    expect(sim('Primary Class Teacher (Year 4)', me)).toBeLessThan(0.6);
  });

  it('"Head of Mathematics" is a school post a level up, not a director', () => {
    expect(levelWord('Head of Mathematics')).toBe(4);
    expect(levelWord('Head of Engineering')).toBe(5);
    expect(sim('Head of Mathematics', 'Teacher of Mathematics')).toBeGreaterThan(0.4);
  });
});
