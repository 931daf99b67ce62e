import type { Profile, SavedAnswer } from '../../domain/index.ts';

/** A complete, made-up profile for the benchmark and tests. */
export const SAMPLE_PROFILE: Profile = {
  id: '01890000-0000-7000-8000-000000000001',
  contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+1 415 555 0100' },
  links: {
    linkedin: 'https://www.linkedin.com/in/ada-example',
    github: 'https://github.com/ada-example',
    portfolio: 'https://ada.example.com/work',
    website: 'https://ada.example.com',
  },
  location: {
    addressLine1: '1 Analytical Way',
    city: 'San Francisco',
    region: 'CA',
    postalCode: '94103',
    country: 'US',
    willingToRelocate: false,
  },
  workAuthorization: ['US'],
  requiresSponsorship: false,
  salaryExpectation: { currency: 'USD', min: 150000, max: 180000, period: 'YEAR' },
  targetTitles: ['Software Engineer'],
  workTypes: ['remote'],
  industries: [],
  experience: [
    {
      id: '01890000-0000-7000-8000-000000000002',
      title: 'Senior Engineer',
      company: 'Engines Ltd',
      start: '2019-01',
      current: true,
      bullets: [],
    },
    {
      id: '01890000-0000-7000-8000-000000000003',
      title: 'Engineer',
      company: 'Difference Co',
      start: '2014-06',
      end: '2018-12',
      current: false,
      bullets: [],
    },
  ],
  education: [],
  skills: [],
  certifications: [],
  projects: [],
  eeo: { gender: 'Female', race: '', veteranStatus: 'I am not a protected veteran', disabilityStatus: '' },
  earliestStartDate: '2027-01-04',
  howDidYouHear: 'LinkedIn',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export const SAMPLE_SAVED_ANSWERS: SavedAnswer[] = [
  {
    id: '01890000-0000-7000-8000-000000000010',
    question: 'Are you open to relocation for this role?',
    answer: 'No',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
  {
    id: '01890000-0000-7000-8000-000000000011',
    question: 'Have you ever worked for this company before?',
    answer: 'No',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
];
