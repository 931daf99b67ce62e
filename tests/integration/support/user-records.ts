// One user's data in the client's shapes, every synced table: a full profile (full-profile.ts), personas,
// documents, saved answers, per job its notes, contact, match, artifact, material choice, receipt, reminder
// and follow-up days, its detail tables (job-detail-records.ts), and a watch alert. Used by the sync tests and
// the benchmark (no vitest imports here).
import { randomUUID } from 'node:crypto';
import type { SyncTable } from '../../../shared/sync/protocol.ts';
import type { ClientRecord } from './client-record.ts';
import { fullProfile } from './full-profile.ts';
import { jobDetailRecords } from './job-detail-records.ts';

const sha = (n: number) => n.toString(16).padStart(64, 'a');

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
