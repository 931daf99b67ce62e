import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from './parse.ts';
import { readRuledOut } from './ruled-out.ts';

describe('what a resume rules out', () => {
  it('reads each thing the person says they are not looking for', () => {
    expect(readRuledOut(['Not looking for MLOps, ML platform or data-engineering roles.'])).toEqual([
      'MLOps',
      'ML platform',
      'data-engineering',
    ]);
    expect(readRuledOut(['I am not looking for a people-management role.'])).toEqual(['people-management']);
    expect(readRuledOut(['I am not looking for ward-based posts or rosters with on-call.'])).toEqual([
      'ward-based',
    ]);
    expect(readRuledOut(['I am not looking at tax, audit or bookkeeping roles.'])).toEqual([
      'tax',
      'audit',
      'bookkeeping',
    ]);
  });

  it('leaves moving and relocating to the work rights, and lands in the profile', () => {
    expect(readRuledOut(['Not looking to relocate.', 'Not interested in relocation.'])).toEqual([]);
    const profile = draftToProfile(
      parseResumeText(
        'Jordan Ellery\nAustin, TX | j@example.com\nI am not looking for a people-management role.',
      ),
    );
    expect(profile.ruledOut).toEqual(['people-management']);
  });
});
