import { describe, expect, it } from 'vitest';
import { blankProfile, newId, nowIso, type Profile } from '../domain/index.ts';
import { matchJob } from './index.ts';

const profile: Profile = {
  ...blankProfile(newId(), nowIso()),
  targetTitles: ['Backend Engineer'],
  skills: [{ name: 'Go', source: 'input' }],
};

describe('gaps are data the side panel renders', () => {
  it('names a missing skill, how the posting asks for it, and keeps other gaps apart', () => {
    const result = matchJob(profile, null, {
      id: newId(),
      title: 'Backend Engineer',
      descriptionText: 'Requirements:\n- Go\n- Kubernetes\n- 5+ years of experience',
    });
    const skills = result.gaps.filter((g) => g.kind === 'skill');
    expect(skills.map((g) => g.skill)).toContain('Kubernetes');
    expect(skills.find((g) => g.skill === 'Kubernetes')).toMatchObject({
      importance: 'required',
      text: expect.stringMatching(/^Kubernetes \(required/),
    });
    const years = result.gaps.find((g) => g.kind === 'years');
    expect(years?.text).toMatch(/years/);
    expect(years?.skill).toBeUndefined();
  });
});
