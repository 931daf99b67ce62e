import { describe, expect, it } from 'vitest';
import { newId, nowIso, type Profile } from '../domain/index.ts';
import { skillInGap } from './gap-skill.ts';
import { matchJob } from './index.ts';

const profile: Profile = {
  id: newId(),
  contact: {},
  links: {},
  location: {},
  workAuthorization: [],
  requiresSponsorship: null,
  salaryExpectation: null,
  targetTitles: ['Backend Engineer'],
  workTypes: [],
  industries: [],
  experience: [],
  education: [],
  skills: [{ name: 'Go', source: 'input' }],
  certifications: [],
  projects: [],
  eeo: {},
  updatedAt: nowIso(),
};

describe('skillInGap', () => {
  it('reads the skill name out of the gaps the scorer writes', () => {
    const result = matchJob(profile, null, {
      id: newId(),
      title: 'Backend Engineer',
      descriptionText: 'Requirements:\n- Go\n- Kubernetes\n- 5+ years of experience',
    });
    const skills = result.gaps.map(skillInGap);
    expect(skills).toContain('Kubernetes');
    expect(result.gaps.filter((g) => skillInGap(g) === null).some((g) => /years/.test(g))).toBe(true);
  });

  it('ignores gaps that are not skills', () => {
    expect(skillInGap('5+ years of experience (you have 2)')).toBeNull();
    expect(skillInGap('Rust (preferred, you have related experience)')).toBe('Rust');
  });
});
