// A profile and posting with known facts, for the materials tests.
import { makeProfile } from '../match/testing.ts';
import type { MaterialJob } from './sources.ts';

export const EXP = '00000000-0000-4000-8000-00000000a001';
export const EXP2 = '00000000-0000-4000-8000-00000000a002';
export const EDU = '00000000-0000-4000-8000-00000000e001';
export const CERT = '00000000-0000-4000-8000-00000000c001';
export const PROJ = '00000000-0000-4000-8000-00000000b001';

export const profile = makeProfile({
  contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
  experience: [
    {
      id: EXP,
      title: 'Senior Software Engineer',
      company: 'Acme Analytics',
      location: 'Austin, TX',
      start: '2020-03',
      current: true,
      bullets: [
        'Cut p95 API latency by 40% by moving hot paths to PostgreSQL materialized views',
        'Led a team of 5 engineers building a Kafka event pipeline',
        'Organised the office book club',
      ],
    },
    {
      id: EXP2,
      title: 'Software Engineer',
      company: 'Globex',
      start: '2016-06',
      end: '2020-02',
      current: false,
      bullets: ['Built REST APIs in Python serving 1,200 requests per second', 'Wrote onboarding docs'],
    },
  ],
  education: [
    { id: EDU, school: 'State University', degree: 'B.S.', field: 'Computer Science', end: '2016-05' },
  ],
  certifications: [
    { id: CERT, name: 'AWS Certified Solutions Architect', issuer: 'Amazon', date: '2022-01' },
  ],
  projects: [
    { id: PROJ, name: 'tiny-queue', description: 'A job queue in Go with Redis', skills: ['Go', 'Redis'] },
  ],
  skills: [
    { name: 'Python', source: 'input' },
    { name: 'postgres', source: 'input' },
    { name: 'Docker', source: 'input', years: 6 },
  ],
});

export const job: MaterialJob = {
  id: '00000000-0000-4000-8000-00000000f001',
  title: 'Staff Backend Engineer',
  company: 'Initech',
  descriptionText: [
    'About us',
    'Initech builds payroll software used by 3,000 companies. We are a team of 120 people.',
    'Requirements',
    '- 6+ years building backend services in Python or Go',
    '- Deep PostgreSQL experience',
    '- Kafka or another event streaming platform',
    '- Kubernetes in production',
    'Nice to have',
    '- Terraform',
    '- Experience with Docker',
  ].join('\n'),
  employerText: 'Initech was founded in 1999 in Austin. It serves small businesses across North America.',
};
