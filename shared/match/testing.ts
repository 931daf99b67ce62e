// Builders for tests: a complete Profile and Job input with only what a test cares about.
import type { Persona, Profile } from '../domain/index.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import type { JobInput } from './types.ts';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export function makeProfile(over: Partial<Profile> = {}): Profile {
  return {
    id: uuid(),
    contact: { firstName: 'Ada', lastName: 'Lovelace' },
    links: {},
    location: { city: 'Austin', region: 'TX', country: 'US' },
    workAuthorization: ['US'],
    requiresSponsorship: false,
    salaryExpectation: null,
    targetTitles: ['Backend Engineer'],
    workTypes: [],
    industries: [],
    experience: [
      {
        id: uuid(),
        title: 'Software Engineer',
        company: 'Acme',
        start: '2018-01',
        end: '2024-01',
        current: false,
        bullets: ['Built REST APIs in Python and PostgreSQL', 'Ran services on Docker and AWS'],
      },
    ],
    education: [{ id: uuid(), school: 'State University', degree: 'B.S.', field: 'Computer Science' }],
    skills: [
      { name: 'Python', source: 'input' },
      { name: 'PostgreSQL', source: 'input' },
    ],
    certifications: [],
    projects: [],
    eeo: {},
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

/** A med-surg registered nurse in Phoenix since `start` (`YYYY-MM`): the nursing tests' person. */
export function medSurgNurse(start: string, over: Partial<Profile> = {}): Profile {
  return makeProfile({
    experience: [
      {
        id: uuid(),
        title: 'Registered Nurse, Medical-Surgical',
        company: 'Desert Crest Medical Center',
        start,
        current: true,
        bullets: ['Care for 5 adult post-op patients per shift; telemetry, IV drips, discharge teaching.'],
      },
    ],
    location: { city: 'Phoenix', region: 'AZ', country: 'US' },
    ...over,
  });
}

export function makePersona(weights: Persona['weights'], over: Partial<Persona> = {}): Persona {
  return {
    id: uuid(),
    name: 'Test',
    targetTitles: [],
    resumeDocumentId: null,
    weights,
    active: true,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

/**
 * A neutral "about the role" paragraph: postings in tests that are not about thin postings carry it,
 * so the thin-posting cap (blend.ts) does not decide them.
 */
export const ABOUT_THE_ROLE = `About the role
You will join a product engineering group that owns services used by customers every day. The group
plans its own roadmap, reviews designs in writing, ships small changes often and is on call for what it
runs. You will pair with other engineers, write tests, review code, take part in incident reviews and
help new colleagues settle in. We value clear writing, careful changes and steady delivery over heroics.
Most of the group works from the same office two days a week; the rest of the time is flexible.`;

export function makeJob(description: string, over: Partial<JobInput> = {}): JobInput {
  return {
    id: uuid(),
    title: 'Backend Engineer',
    company: 'Example Co',
    descriptionText: description,
    ...over,
  };
}

/** What a posting with this title and text runs into for someone who ruled out the phrase (null: nothing). */
export const runsInto = (phrase: string, title: string, text: string) =>
  ruledOutBy(prepareRuledOut([phrase]), prepareJob(makeJob(text, { title })));
