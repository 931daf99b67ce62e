// A full profile, every section filled, as the client stores it (the `profiles` row of userRecords). No
// vitest imports here: the benchmark uses it too.
import { randomUUID } from 'node:crypto';

export function fullProfile(at: string, id = randomUUID()) {
  return {
    id,
    contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+1 555 0100' },
    links: { linkedin: 'https://www.linkedin.com/in/ada', github: 'https://github.com/ada' },
    location: {
      city: 'London',
      region: 'England',
      postalCode: 'N1 9GU',
      country: 'GB',
      willingToRelocate: true,
      relocateTo: ['GB', 'IE'],
    },
    workAuthorization: ['GB', 'IE'],
    citizenship: ['GB', 'IE'],
    ruledOut: ['People management', 'On-call rotas'],
    summary:
      'Staff engineer on payments platforms. Looking for a principal role; not looking for on-call rotas.',
    requiresSponsorship: false,
    salaryExpectation: { currency: 'GBP', min: 90000, max: 120000, period: 'YEAR' },
    targetTitles: ['Staff Engineer', 'Principal Engineer'],
    workTypes: ['remote', 'hybrid'],
    industries: ['Fintech'],
    experience: Array.from({ length: 6 }, (_, i) => ({
      id: randomUUID(),
      title: `Engineer ${i}`,
      company: `Company ${i}`,
      location: 'London',
      start: `20${10 + i}-01`,
      end: `20${11 + i}-06`,
      current: false,
      bullets: ['Built the analytical engine', 'Wrote the first program'],
    })),
    education: [{ id: randomUUID(), school: 'University of London', degree: 'BSc', field: 'Mathematics' }],
    skills: ['TypeScript', 'Postgres', 'Rust', 'Kubernetes'].map((name, i) => ({
      name,
      proficiency: 'expert' as const,
      years: 5 + i,
      source: 'input' as const,
    })),
    certifications: [{ id: randomUUID(), name: 'CKA', issuer: 'CNCF', date: '2022-03' }],
    projects: [
      {
        id: randomUUID(),
        name: 'Engine',
        description: 'Difference engine',
        url: 'https://ada.dev',
        skills: ['Rust'],
      },
    ],
    eeo: { gender: 'Woman' },
    earliestStartDate: '2027-01-15',
    howDidYouHear: 'A friend',
    updatedAt: at,
  };
}
