import { describe, expect, it } from 'vitest';
import type { Job, MatchResult, Stage } from '../domain/index.ts';
import { prepareJob, prepareProfile, scoreMatch } from '../match/index.ts';
import { makeProfile } from '../match/testing.ts';
import { skillsToLearn } from './recommend.ts';

// A seeded pipeline scored by the real match engine: the gaps are the engine's, not written by hand.
const profile = makeProfile({
  skills: ['Python', 'PostgreSQL', 'Docker', 'AWS'].map((name) => ({ name, source: 'input' as const })),
});
const persona = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Backend',
  targetTitles: ['Backend Engineer'],
  resumeDocumentId: null,
  weights: {},
  active: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const postings: [string, Stage, string][] = [
  ['Platform Engineer', 'saved', 'Requirements:\n- Kubernetes in production\n- Terraform\n- Python'],
  [
    'Backend Engineer',
    'applied',
    'Requirements:\n- Kubernetes and Docker\n- PostgreSQL\nNice to have:\n- Terraform',
  ],
  ['Site Reliability Engineer', 'interviewing', 'Requirements:\n- Kubernetes\n- Prometheus\n- AWS'],
  ['Data Engineer', 'rejected', 'Requirements:\n- Apache Spark\n- Scala\n- Kubernetes'],
];
const jobs = postings.map(([title, stage, text], i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  title,
  company: `Company ${i}`,
  url: `https://jobs.example.com/${i}`,
  stage,
  descriptionText: text,
  updatedAt: `2026-12-0${i + 1}T00:00:00.000Z`,
}));
const person = prepareProfile(profile, persona);
const matches: MatchResult[] = jobs.map((j) => scoreMatch(person, prepareJob(j)));

describe('what the market asks for', () => {
  const recs = skillsToLearn({ jobs: jobs as unknown as Job[], matches, profile, persona });

  it('ranks the skills most asked for that the person lacks, with the jobs that ask (closed jobs left out)', () => {
    expect(recs[0]).toMatchObject({ skill: 'Kubernetes', required: 3 });
    expect(recs[0]!.jobs.map((j) => j.title)).toEqual([
      'Site Reliability Engineer',
      'Backend Engineer',
      'Platform Engineer',
    ]);
    const terraform = recs.find((r) => r.skill === 'Terraform')!;
    expect(terraform.jobs).toHaveLength(2);
    expect(terraform.required).toBe(1);
    expect(recs.map((r) => r.skill)).not.toContain('Apache Spark'); // only a rejected job asks for it
    expect(recs.map((r) => r.skill)).not.toContain('Python'); // held
  });

  it('names only the taxonomy’s direct relations to skills the person has as short steps', () => {
    expect(recs.find((r) => r.skill === 'Kubernetes')!.shortStepFrom).toEqual(['Docker']);
    expect(recs.find((r) => r.skill === 'Terraform')!.shortStepFrom).toEqual(['AWS']);
    expect(recs.find((r) => r.skill === 'Prometheus')?.shortStepFrom).toEqual([]);
  });

  it('follows the profile and the persona: a skill added drops out, another persona’s scores are not read', () => {
    const more = { ...profile, skills: [...profile.skills, { name: 'k8s', source: 'input' as const }] };
    expect(
      skillsToLearn({ jobs: jobs as unknown as Job[], matches, profile: more, persona }).map((r) => r.skill),
    ).not.toContain('Kubernetes');
    const other = { id: '00000000-0000-4000-8000-0000000000bb' };
    expect(skillsToLearn({ jobs: jobs as unknown as Job[], matches, profile, persona: other })).toEqual([]);
  });

  it('has nothing to say without jobs', () => {
    expect(skillsToLearn({ jobs: [], matches: [], profile, persona })).toEqual([]);
  });
});
