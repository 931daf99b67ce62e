import { describe, expect, it } from 'vitest';
import { type Job, MATCH_FACTORS, MatchResult } from '../domain/index.ts';
import { normalizeSkill } from '../skills/index.ts';
import { prepareProfile } from './profile.ts';
import { DEAL_BREAKER_CAP, prepareJob, quickScore, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makePersona, makeProfile } from './testing.ts';
import type { JobInput } from './types.ts';

// Compile-time check: a stored domain Job can be scored as it is.
const jobIsInput = (job: Job): JobInput => job;

import { normalizeWeights, WEIGHT_PRESETS } from './weights.ts';

const NOW = '2025-06-01T00:00:00.000Z';
const score = (
  profile = makeProfile(),
  job = makeJob(''),
  persona = null as ReturnType<typeof makePersona> | null,
) => scoreMatch(prepareProfile(profile, persona, { asOf: '2025-06' }), prepareJob(job), { now: NOW });

const BACKEND = makeJob(
  `Requirements
- 4+ years building APIs in Go or Python
- PostgreSQL and Redis
- Kubernetes and Terraform
- Bachelor's degree in Computer Science

Nice to have
- Kafka, GraphQL`,
  { title: 'Backend Engineer', locationText: 'Austin, TX', workType: 'onsite' },
);

describe('scoreMatch properties', () => {
  it('adding any skill the posting asks for never lowers the score', () => {
    const base = makeProfile();
    const before = score(base, BACKEND).score;
    for (const name of ['Redis', 'Kubernetes', 'Terraform', 'Go', 'Kafka', 'GraphQL', 'Rust']) {
      const more = makeProfile({ skills: [...base.skills, { name, source: 'input' }] });
      expect(score(more, BACKEND).score, name).toBeGreaterThanOrEqual(before);
    }
    const all = makeProfile({
      skills: ['Python', 'PostgreSQL', 'Redis', 'Kubernetes', 'Terraform', 'Go'].map((name) => ({
        name,
        source: 'input' as const,
      })),
    });
    expect(score(all, BACKEND).score).toBeGreaterThan(before);
  });

  it('produces a MatchResult the domain schema accepts', () => {
    expect(typeof jobIsInput).toBe('function');
    const persona = makePersona(WEIGHT_PRESETS.Balanced);
    const r = scoreMatch(prepareProfile(makeProfile(), persona), prepareJob({ ...BACKEND, id: persona.id }), {
      now: NOW,
    });
    expect(MatchResult.safeParse(r).success).toBe(true);
    expect(r.personaId).toBe(persona.id);
  });

  it('quickScore gives the same score as scoreMatch, unrounded (its rank)', () => {
    const p = prepareProfile(makeProfile(), null, { asOf: '2025-06' });
    for (const job of [BACKEND, makeJob('Requirements\n- Nursing license', { title: 'Registered Nurse' })]) {
      const prepared = prepareJob(job);
      const full = scoreMatch(p, prepared);
      expect(quickScore(p, prepared)).toBe(full.rank);
      expect(Math.round(full.rank!)).toBe(full.score);
    }
  });

  it('keeps two jobs that show the same score in the order their evidence gives', () => {
    const p = prepareProfile(makeProfile(), null, { asOf: '2025-06' });
    const scored = [
      makeJob('Requirements\n- TypeScript\n- PostgreSQL\n- AWS', { title: 'Backend Engineer' }),
      makeJob('Requirements\n- TypeScript\n- PostgreSQL', { title: 'Backend Engineer' }),
      makeJob('Requirements\n- TypeScript\n- PostgreSQL\n- Kubernetes', { title: 'Backend Engineer' }),
    ].map((j) => scoreMatch(p, prepareJob(j)));
    for (const r of scored) {
      expect(Number.isInteger(r.score)).toBe(true);
      expect(Math.abs(r.rank! - r.score)).toBeLessThanOrEqual(0.5);
    }
    // ranks tell apart jobs whose shown scores are equal
    expect(new Set(scored.map((r) => r.rank)).size).toBe(scored.length);
  });

  it('says so when the profile is empty instead of explaining a mismatch', () => {
    const empty = makeProfile({ experience: [], skills: [], education: [], targetTitles: [] });
    expect(score(empty, BACKEND).explanation).toMatch(/no skills or experience/);
  });

  it('is deterministic for the same inputs', () => {
    expect(score(makeProfile(), BACKEND)).toEqual(score(makeProfile(), BACKEND));
  });

  it('returns 0–100 with every factor, weights summing to 1 over the counted ones', () => {
    const r = score(makeProfile(), BACKEND);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.factors.map((f) => f.factor)).toEqual([...MATCH_FACTORS]);
    expect(r.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1);
  });
});

describe('deal-breakers', () => {
  const noVisa = makeJob('Requirements\n- Python\nWe are unable to sponsor visas for this role.', {
    locationText: 'Austin, TX',
    workType: 'onsite',
  });

  it('caps the score when the person needs sponsorship and the posting offers none, and says why', () => {
    const needs = makeProfile({ requiresSponsorship: true, workAuthorization: [] });
    const r = score(needs, noVisa);
    expect(r.score).toBeLessThanOrEqual(DEAL_BREAKER_CAP);
    expect(r.dealBreakers.join(' ')).toMatch(/sponsorship/);
    expect(r.explanation).toMatch(/Capped/);
    expect(score(makeProfile(), noVisa).score).toBeGreaterThan(DEAL_BREAKER_CAP);
  });

  it('does not cap when sponsorship is not mentioned, but says to ask', () => {
    const silent = makeJob('Requirements\n- Python', { locationText: 'Austin, TX', workType: 'onsite' });
    const r = score(makeProfile({ requiresSponsorship: true, workAuthorization: [] }), silent);
    expect(r.dealBreakers).toEqual([]);
    expect(r.gaps[0]?.text).toMatch(/sponsorship for US is not mentioned/);
  });

  it('caps on-site work in another country unless the person would relocate there with the right to work', () => {
    const london = makeJob('Requirements\n- Python and PostgreSQL', {
      locationText: 'London, UK',
      workType: 'onsite',
    });
    const r = score(makeProfile(), london);
    expect(r.score).toBeLessThanOrEqual(DEAL_BREAKER_CAP);
    expect(r.dealBreakers[0]).toMatch(/another country/);
    const mover = makeProfile({
      location: { city: 'Austin', country: 'US', willingToRelocate: true },
      workAuthorization: ['US', 'GB'],
    });
    expect(score(mover, london).dealBreakers).toEqual([]);
  });

  it('caps remote roles limited to a country the person cannot work from', () => {
    const job = makeJob('Requirements\n- Python', { locationText: 'Remote (Canada)', workType: 'remote' });
    expect(score(makeProfile(), job).dealBreakers[0]).toMatch(/Remote only from CA/);
  });
});

describe('weights', () => {
  it('normalizes to sum 1, fills missing factors, and every preset is valid', () => {
    for (const w of [
      normalizeWeights(),
      normalizeWeights({ skills: 5 }),
      ...Object.values(WEIGHT_PRESETS).map(normalizeWeights),
    ]) {
      expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    }
    expect(
      normalizeWeights({
        skills: 0,
        salary: 0,
        remote: 0,
        location: 0,
        industry: 0,
        title: 0,
        experience: 0,
        education: 0,
      }),
    ).toEqual(normalizeWeights());
  });

  it('changing weights reorders jobs as expected: skills first vs pay first', () => {
    const profile = makeProfile({
      salaryExpectation: { currency: 'USD', min: 140000, max: null, period: 'YEAR' },
    });
    const fitsSkills = makeJob(
      `${ABOUT_THE_ROLE}\nRequirements\n- Python, PostgreSQL\nSalary: $70,000 per year`,
      {
        locationText: 'Austin, TX',
      },
    );
    const paysWell = makeJob(
      `${ABOUT_THE_ROLE}\nRequirements\n- Java, Oracle Database, Spring Boot\nSalary: $200,000 per year`,
      {
        locationText: 'Austin, TX',
      },
    );
    const rank = (preset: string) => {
      const persona = makePersona(WEIGHT_PRESETS[preset]);
      return score(profile, fitsSkills, persona).score - score(profile, paysWell, persona).score;
    };
    expect(rank('Skills first')).toBeGreaterThan(0);
    expect(rank('Pay first')).toBeLessThan(0);
  });
});

describe('evidence', () => {
  it('names the profile line that meets each requirement, and marks the rest missing', () => {
    const r = score(makeProfile(), BACKEND);
    const line = (t: RegExp) => r.requirements.find((q) => t.test(q.text))!;
    expect(line(/Go or Python/)).toMatchObject({
      status: 'met',
      category: 'experience',
      evidence: expect.any(String),
    });
    expect(line(/PostgreSQL and Redis/)).toMatchObject({
      status: 'partial',
      evidence: 'Built REST APIs in Python and PostgreSQL',
    });
    expect(line(/Kubernetes/)).toMatchObject({
      status: 'partial',
      evidence: expect.stringMatching(/^Related: Docker/),
    });
    expect(line(/Kafka/)).toMatchObject({
      kind: 'preferred',
      status: 'partial',
      evidence: expect.stringMatching(/^Related: REST APIs/),
    });
    expect(line(/Bachelor/)).toMatchObject({ status: 'met', category: 'degree' });
    const texts = r.gaps.map((g) => g.text);
    expect(texts).toContain('Redis (required)');
    expect(texts).toContain('Kubernetes (required, you have related experience)');
  });

  it('gives partial credit for related skills and says which skill earns it', () => {
    const job = makeJob('Requirements\n- TypeScript', { title: 'Engineer' });
    const js = makeProfile({ skills: [{ name: 'JavaScript', source: 'input' }] });
    const q = score(js, job).requirements[0];
    expect(q.status).toBe('partial');
    expect(q.evidence).toMatch(/Related: JavaScript/);
    expect(normalizeSkill('ts')).toBe('TypeScript');
  });
});
