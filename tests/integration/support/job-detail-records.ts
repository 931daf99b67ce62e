// A job's detail tables in the client's shapes: interview rounds, offers, the people met and what was said.
// Part of userRecords; no vitest imports here (the benchmark uses it too).
import { randomUUID } from 'node:crypto';
import type { SyncTable } from '../../../shared/sync/protocol.ts';
import type { ClientRecord } from './client-record.ts';

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
