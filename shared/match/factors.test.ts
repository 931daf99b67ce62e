import { describe, expect, it } from 'vitest';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, type makePersona, makeProfile } from './testing.ts';

// Factor by factor: title and seniority, remote, industry, places, and what a posting leaves out.

const NOW = '2025-06-01T00:00:00.000Z';
const score = (
  profile = makeProfile(),
  job = makeJob(''),
  persona = null as ReturnType<typeof makePersona> | null,
) => scoreMatch(prepareProfile(profile, persona, { asOf: '2025-06' }), prepareJob(job), { now: NOW });

describe('title, remote and industry factors', () => {
  const factor = (r: ReturnType<typeof score>, f: string) => r.factors.find((x) => x.factor === f)!;

  it('prefers the level the person works at: a junior role scores below a senior one with the same skills', () => {
    const senior = makeProfile({
      experience: [
        {
          id: '00000000-0000-4000-8000-0000000000aa',
          title: 'Senior Backend Engineer',
          company: 'Acme',
          start: '2015-01',
          current: true,
          bullets: ['Python and PostgreSQL APIs'],
        },
      ],
    });
    const text = 'Requirements\n- Python and PostgreSQL';
    const seniorRole = score(senior, makeJob(text, { title: 'Senior Backend Engineer' }));
    const juniorRole = score(senior, makeJob(text, { title: 'Junior Backend Engineer' }));
    expect(factor(seniorRole, 'title').score).toBeGreaterThan(factor(juniorRole, 'title').score);
    expect(factor(juniorRole, 'title').detail).toMatch(/step down/);
  });

  it('scores work type against the preference, and leaves it out when the posting is silent', () => {
    const remoteOnly = makeProfile({ workTypes: ['remote'] });
    const job = (workType: 'remote' | 'onsite' | null) =>
      makeJob('Requirements\n- Python', { locationText: 'Austin, TX', workType });
    expect(factor(score(remoteOnly, job('remote')), 'remote').score).toBe(1);
    expect(factor(score(remoteOnly, job('onsite')), 'remote').score).toBeLessThan(0.5);
    const silent = factor(score(remoteOnly, makeJob('Requirements\n- Python')), 'remote');
    expect(silent.weight).toBe(0);
    expect(silent.detail).toMatch(/does not say/);
  });

  it('rewards a stated industry and does not punish an unclear one', () => {
    const fintechFan = makeProfile({ industries: ['Fintech'] });
    const fintech = makeJob('We build a payments platform for small businesses.\nRequirements\n- Python', {
      company: 'Paywise',
    });
    const hospital = makeJob('Our hospital serves 2 million patients.\nRequirements\n- Python', {
      company: 'General Hospital',
    });
    expect(factor(score(fintechFan, fintech), 'industry').score).toBe(1);
    expect(factor(score(fintechFan, hospital), 'industry').score).toBeLessThan(1);
    expect(
      factor(score(fintechFan, makeJob('Requirements\n- Python', { company: 'Acme' })), 'industry').weight,
    ).toBe(0);
  });
});

describe('structured locations', () => {
  it('matches a captured Location to the same city whatever its case', () => {
    const job = makeJob('Requirements\n- Python', {
      locations: [{ raw: 'Austin, TX', city: 'Austin', region: 'TX', country: 'US' }],
      workType: 'onsite',
    });
    expect(score(makeProfile(), job).factors.find((f) => f.factor === 'location')?.detail).toMatch(
      /your city/,
    );
  });
});

describe('missing information is neutral', () => {
  const withPay = (text: string) =>
    makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Python and PostgreSQL\n${text}`, {
      locationText: 'Austin, TX',
      workType: 'onsite',
    });
  const wantsPay = makeProfile({
    salaryExpectation: { currency: 'USD', min: 150000, max: null, period: 'YEAR' },
  });

  it('does not count salary when the posting has none, and says so', () => {
    const r = score(wantsPay, withPay(''));
    const salary = r.factors.find((f) => f.factor === 'salary')!;
    expect(salary.weight).toBe(0);
    expect(salary.detail).toMatch(/No salary on the posting/);
    expect(r.explanation).toMatch(/not counted/);
    expect(r.score).toBeGreaterThan(score(wantsPay, withPay('Salary: $60,000 per year')).score);
    expect(r.score).toBeLessThanOrEqual(
      score(wantsPay, withPay('Salary: $160,000 - $180,000 per year')).score,
    );
  });

  it('compares pay across periods and currencies', () => {
    const hourly = score(wantsPay, withPay('Pay: $90 per hour')).factors.find((f) => f.factor === 'salary')!;
    expect(hourly.score).toBe(1); // $90/h ≈ $187k a year
    const pounds = score(wantsPay, withPay('Salary: £60,000 per year')).factors.find(
      (f) => f.factor === 'salary',
    )!;
    expect(pounds.score).toBeLessThan(0.5);
  });
});
