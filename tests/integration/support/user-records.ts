// One user's data in the client's shapes, every synced table: a full profile, personas, documents, saved
// answers, and per job its notes, contact, match, artifact, material choice and receipt. Used by the sync
// tests and the benchmark (no vitest imports here).
import { randomUUID } from 'node:crypto';
import type { SyncTable } from '../../../shared/sync/protocol.ts';

export interface ClientRecord {
  table: SyncTable;
  id: string;
  row: Record<string, unknown>;
  updatedAt: string;
}

const sha = (n: number) => n.toString(16).padStart(64, 'a');

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

/** Everything but jobs for `jobIds` (the jobs themselves come from the caller: sync-client's job()). */
export function userRecords(
  jobIds: string[],
  at: string,
  options: { documents?: number } = {},
): ClientRecord[] {
  const out: ClientRecord[] = [];
  const add = (table: SyncTable, row: Record<string, unknown>, id = String(row.id)) =>
    out.push({ table, id, row, updatedAt: at });
  add('profiles', fullProfile(at));
  const documentIds: string[] = [];
  for (let i = 0; i < (options.documents ?? 2); i++) {
    const id = randomUUID();
    documentIds.push(id);
    add('documents', {
      id,
      kind: i === 0 ? 'resume' : 'cover_letter',
      fileName: `Ada Lovelace ${i}.pdf`,
      mimeType: 'application/pdf',
      size: 120_000 + i,
      sha256: sha(i),
      text: 'Ada Lovelace — Staff Engineer. '.repeat(40),
      createdAt: at,
    });
  }
  const personaIds = [randomUUID(), randomUUID()];
  for (const [i, id] of personaIds.entries()) {
    add('personas', {
      id,
      name: i === 0 ? 'Backend' : 'Data',
      targetTitles: ['Staff Engineer'],
      resumeDocumentId: documentIds[0] ?? null,
      weights: i === 0 ? { skills: 0.9, salary: 0.25 } : { remote: 0.5 },
      active: i === 0,
      updatedAt: at,
    });
  }
  add('saved_answers', { id: randomUUID(), question: 'Why us?', answer: 'Your engine.', updatedAt: at });
  jobIds.forEach((jobId, i) => {
    add('job_notes', {
      id: randomUUID(),
      jobId,
      body: `Call back on Monday (${i})`,
      createdAt: at,
      updatedAt: at,
    });
    add('job_contacts', {
      id: randomUUID(),
      jobId,
      role: 'recruiter',
      name: 'Grace Hopper',
      email: 'grace@example.com',
      createdAt: at,
      updatedAt: at,
    });
    add(
      'job_matches',
      {
        jobId,
        personaId: personaIds[0],
        score: 72.5,
        factors: [{ factor: 'skills', score: 0.8, weight: 0.9, detail: '4 of 5 skills' }],
        requirements: [
          { text: 'Postgres', kind: 'required', category: 'skill', status: 'met', evidence: 'Postgres' },
        ],
        gaps: [{ kind: 'skill', text: 'Kafka', skill: 'kafka', importance: 'preferred' }],
        dealBreakers: [],
        explanation: 'Strong match',
        computedAt: at,
      },
      jobId,
    );
    const artifactId = randomUUID();
    add('ai_artifacts', {
      id: artifactId,
      jobId,
      kind: 'cover_letter',
      content: 'Dear team, …',
      model: 'local',
      createdAt: at,
    });
    add('job_materials', { id: randomUUID(), jobId, kind: 'cover_letter', artifactId, chosenAt: at });
    add('receipts', {
      id: randomUUID(),
      jobId,
      url: `https://boards.example.com/apply/${jobId}`,
      submittedAt: at,
      resumeSha256: sha(0),
      answers: [{ label: 'Why us?', value: 'Your engine.' }],
    });
  });
  out.push(...jobDetailRecords(jobIds, at));
  // Reminders' decisions and a job's own follow-up days (issue 16); the id a device derives from the key is
  // any UUID to the server.
  jobIds.forEach((jobId, i) => {
    add('reminder_decisions', {
      id: randomUUID(),
      key: `follow-up:${jobId}:${at}`,
      jobId,
      doneAt: at,
      updatedAt: at,
    });
    add('job_follow_ups', { jobId, days: 10 + (i % 80), updatedAt: at }, jobId);
  });
  add('job_alerts', watchAlert(at));
  return out;
}

/** A company watch alert as the extension stores it (shared/watch/alert.ts). */
export function watchAlert(at: string, board = 'northwindlabs', ats = 'greenhouse') {
  return {
    id: randomUUID(),
    boardKey: `${ats}:${board.toLowerCase()}`,
    ats,
    board,
    name: 'Northwind Labs',
    frequency: 'daily',
    criteria: { titles: ['backend'], locations: ['Berlin', 'Remote'], remoteOnly: false },
    minScore: 60,
    enabled: true,
    createdAt: at,
    updatedAt: at,
  };
}

/** Per job an interview round and an offer; one recruiter linked to the first two jobs, with one interaction. */
export function jobDetailRecords(jobIds: string[], at: string): ClientRecord[] {
  const rows: [SyncTable, Record<string, unknown>][] = jobIds.flatMap((jobId, i) => [
    [
      'interview_prep',
      {
        id: randomUUID(),
        jobId,
        kind: 'technical',
        scheduledAt: i === 0 ? null : at,
        interviewers: ['Ana Lead', 'Bo Staff'],
        questions: ['Design a rate limiter'],
        notes: 'Review the post-mortems',
        feedback: 'Strong on systems',
        createdAt: at,
        updatedAt: at,
      },
    ],
    [
      'offers',
      {
        id: randomUUID(),
        jobId,
        status: 'pending',
        baseSalary: 150_000 + i,
        currency: 'USD',
        period: 'YEAR',
        bonus: '10%',
        equity: '$100,000 over 4 years',
        benefits: 'Health',
        startDate: '2027-01-15',
        respondBy: null,
        notes: '',
        negotiation: [{ on: '2026-12-12', note: 'Asked for 160k' }],
        createdAt: at,
        updatedAt: at,
      },
    ],
  ]);
  const personId = randomUUID();
  rows.push(
    [
      'people',
      {
        id: personId,
        name: 'Rita Recruiter',
        role: 'recruiter',
        email: 'rita@example.com',
        linkedinUrl: 'https://www.linkedin.com/in/rita',
        jobIds: jobIds.slice(0, 2),
        createdAt: at,
        updatedAt: at,
      },
    ],
    [
      'person_interactions',
      {
        id: randomUUID(),
        personId,
        jobId: jobIds[0] ?? null,
        on: '2026-12-01',
        channel: 'call',
        summary: 'Intro call',
        createdAt: at,
        updatedAt: at,
      },
    ],
  );
  return rows.map(([table, row]) => ({ table, id: String(row.id), row, updatedAt: at }));
}
