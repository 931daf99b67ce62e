import { describe, expect, it } from 'vitest';
import { buildSources, bulletId, JOB_ID, POSTING_ID, roleId, skillId } from './sources.ts';
import { CERT, EDU, EXP, EXP2, job, PROJ, profile } from './testing.ts';
import { checkClaim } from './validate.ts';

const index = buildSources(profile, job);
const check = (text: string, sources: string[], scope: 'person' | 'company' = 'person') =>
  checkClaim({ text, sources }, index, scope);

describe('claims that rest on what they cite pass', () => {
  it.each([
    [
      'a bullet verbatim',
      'Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
      [bulletId(EXP, 0)],
    ],
    [
      'a bullet in the first person with its employer',
      'At Acme Analytics, I led a team of 5 engineers building a Kafka event pipeline.',
      [bulletId(EXP, 1)],
    ],
    [
      'a skill by its alias ("Postgres" for the skill written "postgres")',
      'I tuned Postgres queries.',
      [skillId('postgres')],
    ],
    [
      '"k8s"-style aliases both ways: PostgreSQL cited, Postgres said',
      'Experienced with Postgres materialized views.',
      [bulletId(EXP, 0)],
    ],
    [
      'a number written with a thousands separator either way',
      'Built REST APIs in Python serving 1200 requests per second.',
      [bulletId(EXP2, 0)],
    ],
    ['dates from the role', 'Software Engineer at Globex from June 2016 to February 2020.', [roleId(EXP2)]],
    [
      'the degree it cites',
      "I hold a bachelor's degree in Computer Science from State University.",
      [`edu:${EDU}`],
    ],
    [
      'a certification with its issuer',
      'I am an AWS Certified Solutions Architect (Amazon, 2022).',
      [`cert:${CERT}`],
    ],
    ['a project', 'I wrote tiny-queue, a job queue in Go with Redis.', [`proj:${PROJ}`]],
    [
      'the role applied for',
      'I am writing to apply for the Staff Backend Engineer position at Initech.',
      [JOB_ID],
    ],
    [
      'a slash-joined name and a possessive as written',
      "At Acme Analytics' office, I cut p95 API latency.",
      [bulletId(EXP, 0)],
    ],
    ['years of a skill the profile states', 'I have used Docker for 6 years.', [skillId('Docker')]],
  ])('%s', (_name, text, sources) => {
    expect(check(text, sources)).toBeNull();
  });
});

describe('fabrications are caught, each with the reason', () => {
  it.each([
    [
      'an invented employer',
      'At Acme Analytics and Hooli, I led a team of 5 engineers.',
      [bulletId(EXP, 1)],
      '"Hooli"',
    ],
    ['an invented number', 'Cut p95 API latency by 73% with PostgreSQL.', [bulletId(EXP, 0)], 'number 73'],
    [
      'an inflated team size',
      'Led a team of 12 engineers building a Kafka event pipeline.',
      [bulletId(EXP, 1)],
      'number 12',
    ],
    [
      'an invented degree',
      'I hold a Ph.D. in Computer Science from State University.',
      [`edu:${EDU}`],
      'doctorate',
    ],
    [
      "a master's the person lacks",
      "With a master's degree, I built REST APIs.",
      [bulletId(EXP2, 0)],
      "master's",
    ],
    [
      'a skill the cited item lacks',
      'Built REST APIs in Python on Kubernetes.',
      [bulletId(EXP2, 0)],
      'Kubernetes',
    ],
    ['a skill by alias the profile lacks', 'Ran the pipeline on k8s.', [bulletId(EXP, 1)], 'k8s'],
    [
      'a promoted title',
      'As a senior engineer at Globex, I built REST APIs in Python.',
      [bulletId(EXP2, 0)],
      'senior',
    ],
    [
      'a title in capitals',
      'At Globex, as Principal Engineer, I built REST APIs in Python.',
      [bulletId(EXP2, 0)],
      'Principal',
    ],
    ['a wrong year', 'I joined Globex in 2014.', [roleId(EXP2)], 'number 2014'],
    [
      'work credited to the wrong employer',
      'At Globex, I led a team of 5 engineers building a Kafka event pipeline.',
      [bulletId(EXP, 1)],
      '"Globex"',
    ],
    ['an item that does not exist', 'Built a compiler.', ['exp:nope:0'], 'does not exist'],
    ['no citation at all', 'I am a fast learner with 10 years of Rust.', [], 'cites nothing'],
    [
      'a skill taken from the posting, not the profile',
      'I run Kubernetes in production.',
      [JOB_ID],
      'Kubernetes',
    ],
    [
      'a personal claim resting on the posting',
      'I have 6+ years building backend services.',
      [POSTING_ID],
      'posting',
    ],
  ])('%s', (_name, text, sources, reason) => {
    expect(check(text, sources)).toContain(reason);
  });
});

describe('company brief claims rest on the posting and the employer text', () => {
  it('passes the posting and employer facts with their numbers and names', () => {
    expect(
      check('Initech builds payroll software used by 3,000 companies.', [POSTING_ID], 'company'),
    ).toBeNull();
    expect(check('Initech was founded in 1999 in Austin.', ['employer'], 'company')).toBeNull();
  });
  it('catches an invented figure or a profile item cited in a brief', () => {
    expect(check('Initech has 5,000 customers.', [POSTING_ID], 'company')).toContain('number 5000');
    expect(check('Initech was founded in 1999.', [bulletId(EXP, 0)], 'company')).toContain(
      'only the posting',
    );
  });
});
