import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from './limits.ts';
import { tagProblem, withoutTag, withTag } from './tags.ts';

describe('a job’s tags', () => {
  it('keeps what the user typed, tidied, once whatever the case', () => {
    const tags = withTag(withTag([], '  Dream   job '), 'referral');
    expect(tags).toEqual(['Dream job', 'referral']);
    expect(withTag(tags, 'REFERRAL')).toEqual(tags);
    expect(tagProblem(tags, 'Referral')).toBe('The job is already tagged “Referral”.');
  });

  it('says why a tag cannot be added', () => {
    expect(tagProblem([], '   ')).toBe('Type a word or two for the tag.');
    expect(tagProblem([], 'x'.repeat(FIELD_LIMITS.tag + 1))).toMatch(/at most 60 characters/);
    const full = Array.from({ length: FIELD_LIMITS.tags }, (_, i) => `t${i}`);
    expect(tagProblem(full, 'one more')).toMatch(/at most 30 tags/);
  });

  it('removes a tag whatever its case', () => {
    expect(withoutTag(['Dream job', 'referral'], 'dream JOB')).toEqual(['referral']);
  });
});
