import { describe, expect, it } from 'vitest';
import { familiesOf } from './title-families.ts';
import { titleInfo, titleSimilarity } from './title-likeness.ts';

describe('role families', () => {
  it('reads a Member of Technical Staff (MTS) as a software engineer', () => {
    expect(familiesOf('Member of Technical Staff 1 (MTS-1)')).toContain('swe');
    expect(familiesOf('MTS II, Payments')).toContain('swe');
    expect(
      titleSimilarity(titleInfo('Member of Technical Staff 1'), titleInfo('Software Development Engineer')),
    ).toBeGreaterThan(0.5);
  });

  it('reads a product writer as the content designer and UX writer it is', () => {
    expect(familiesOf('Senior Product Writer, Everyday Money')).toEqual(['design']);
    expect(
      titleSimilarity(titleInfo('Senior Product Writer, Everyday Money'), titleInfo('Content Designer')),
    ).toBeGreaterThan(0.5);
    // A writer of other things is not.
    expect(familiesOf('Technical Writer')).toEqual([]);
  });
});
