import { describe, expect, it } from 'vitest';
import { newId, nowIso, type Profile } from '../domain/index.ts';
import { mergeResumeIntoProfile } from './merge-into-profile.ts';
import { parseResumeText } from './parse.ts';

const base = (): Profile => ({
  id: newId(),
  contact: { firstName: 'Ada', email: 'ada@personal.example' },
  links: {},
  location: {},
  workAuthorization: [],
  requiresSponsorship: null,
  salaryExpectation: null,
  targetTitles: [],
  workTypes: [],
  industries: [],
  experience: [
    { id: newId(), title: 'Engineer', company: 'Initech', current: false, bullets: ['Kept it running'] },
  ],
  education: [],
  skills: [{ name: 'Go', source: 'input', proficiency: 'expert' }],
  certifications: [],
  projects: [],
  eeo: {},
  updatedAt: nowIso(),
});

const RESUME = `Ada Lovelace
ada@work.example · +1 555 0100 · https://github.com/ada

SUMMARY
Backend engineer building billing and subscriptions services. Looking for a senior backend role.

EXPERIENCE
Senior Backend Engineer, Globex — Jan 2021 – Present
- Built billing services in Go and PostgreSQL
Engineer, Initech — 2018 – 2020
- Kept it running

EDUCATION
University of London — BSc Mathematics, 2017

SKILLS
Go, PostgreSQL, Kubernetes`;

describe('mergeResumeIntoProfile', () => {
  it('fills gaps and appends what is new, never overwriting the user', () => {
    const { profile, summary } = mergeResumeIntoProfile(base(), parseResumeText(RESUME));
    expect(profile.contact.email).toBe('ada@personal.example');
    expect(profile.contact.firstName).toBe('Ada');
    expect(profile.links.github).toBe('https://github.com/ada');
    expect(summary.filled).toContain('links.github');
    expect(profile.experience.map((e) => e.company)).toEqual(['Initech', 'Globex']);
    expect(profile.skills.find((s) => s.name === 'Go')?.proficiency).toBe('expert');
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['PostgreSQL', 'Kubernetes']));
    expect(summary.experience).toBe(1);
  });

  it("fills an empty summary from the resume's and keeps one the person wrote", () => {
    const fresh = mergeResumeIntoProfile(base(), parseResumeText(RESUME));
    expect(fresh.profile.summary).toMatch(/^Backend engineer building billing and subscriptions/);
    expect(fresh.summary.filled).toContain('summary');
    const own = { ...base(), summary: 'I build payment systems.' };
    const kept = mergeResumeIntoProfile(own, parseResumeText(RESUME));
    expect(kept.profile.summary).toBe('I build payment systems.');
    expect(kept.summary.filled).not.toContain('summary');
  });

  it('adds nothing twice when the same resume is imported again', () => {
    const once = mergeResumeIntoProfile(base(), parseResumeText(RESUME)).profile;
    const twice = mergeResumeIntoProfile(once, parseResumeText(RESUME));
    expect(twice.summary).toMatchObject({ experience: 0, education: 0, skills: 0, filled: [] });
  });
});
