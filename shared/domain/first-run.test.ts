import { describe, expect, it } from 'vitest';
import { firstRunProgress, keyFacts } from './first-run.ts';
import { blankProfile, type Profile } from './profile.ts';

const empty: Profile = blankProfile('p', '2026-01-01T00:00:00.000Z');
const imported: Profile = {
  ...empty,
  contact: { firstName: 'Priya', lastName: 'Nair' },
  location: { city: 'Seattle', region: 'WA', country: 'US' },
  workAuthorization: ['US', 'CA'],
  requiresSponsorship: false,
  skills: [{ name: 'React', source: 'resume' }],
};
const names: Record<string, string> = { US: 'United States', CA: 'Canada' };

describe('first run', () => {
  it('starts at the resume for a new user', () => {
    expect(firstRunProgress(undefined, { profile: null, jobCount: 0 })).toMatchObject({
      show: true,
      current: 'resume',
    });
  });

  it('moves on once a resume is imported or skipped, then once the facts are checked', () => {
    expect(firstRunProgress({}, { profile: imported, jobCount: 0 }).current).toBe('facts');
    expect(firstRunProgress({ resumeSkipped: true }, { profile: empty, jobCount: 0 }).current).toBe('facts');
    expect(firstRunProgress({ factsChecked: true }, { profile: imported, jobCount: 0 }).current).toBe('save');
  });

  it('is over when a job is saved and the rest is done, or when the person closes it', () => {
    expect(firstRunProgress({ factsChecked: true }, { profile: imported, jobCount: 1 })).toMatchObject({
      show: false,
      current: null,
    });
    expect(firstRunProgress({ dismissed: true }, { profile: null, jobCount: 0 }).show).toBe(false);
  });

  it('a job saved before the facts were checked still leaves the facts to check', () => {
    const p = firstRunProgress({}, { profile: imported, jobCount: 3 });
    expect(p).toMatchObject({ show: true, current: 'facts' });
    expect(p.done.save).toBe(true);
  });

  it('reads the three key facts in words, and says which are missing', () => {
    expect(keyFacts(imported, (c) => names[c] ?? c)).toEqual({
      name: 'Priya Nair',
      place: 'Seattle, WA, United States',
      workRights: 'United States, Canada; no sponsorship needed',
      titles: null,
    });
    expect(keyFacts(empty, (c) => c)).toEqual({ name: null, place: null, workRights: null, titles: null });
  });
});
