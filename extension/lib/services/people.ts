// People linked to jobs and their interaction log (one person, several jobs: see shared/domain/people.ts).
import {
  Interaction,
  type Interaction as InteractionRow,
  linkJob,
  newId,
  nowIso,
  Person,
  type Person as PersonRow,
  unlinkJob,
} from '../../../shared/domain/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { type Draft, trashRows, validated } from './job-detail.ts';
import { getJob } from './jobs.ts';

async function getPerson(db: JobrakerDatabase, id: string): Promise<PersonRow> {
  const person = await db.people.get(id);
  if (!person) throw new Error('That person is no longer saved (they may have been removed elsewhere).');
  return person;
}

/** Adds a person to a job, or edits one (their links stay as they are). */
export async function savePerson(
  db: JobrakerDatabase,
  draft: Omit<Draft<PersonRow>, 'jobIds'> & { jobId: string },
): Promise<PersonRow> {
  await getJob(db, draft.jobId);
  const { jobId, ...fields } = draft;
  const now = nowIso();
  const existing = fields.id ? await getPerson(db, fields.id) : undefined;
  const row = existing
    ? { ...existing, ...fields, updatedAt: now }
    : { ...fields, id: newId(), jobIds: [jobId], createdAt: now, updatedAt: now };
  const person = validated(Person, row, 'Person');
  await db.people.put(person);
  return person;
}

/** Links someone already known (from another job) to this job too. */
export async function linkPerson(db: JobrakerDatabase, personId: string, jobId: string): Promise<PersonRow> {
  await getJob(db, jobId);
  const person = linkJob(await getPerson(db, personId), jobId, nowIso());
  await db.people.put(person);
  return person;
}

/**
 * Removes a person from a job. Linked to other jobs, they stay there; from their last job, they go with
 * their interaction log. Either way "Undo" puts back what was there.
 */
export async function unlinkPerson(
  db: JobrakerDatabase,
  personId: string,
  jobId: string,
): Promise<{ trashId: string }> {
  const person = await getPerson(db, personId);
  const rest = unlinkJob(person, jobId, nowIso());
  if (rest) return trashRows(db, [{ store: 'people', row: person }], [{ store: 'people', row: rest }]);
  const log = await db.interactions.where('personId').equals(personId).toArray();
  return trashRows(db, [
    { store: 'people', row: person },
    ...log.map((row) => ({ store: 'interactions' as const, row })),
  ]);
}

export async function addInteraction(
  db: JobrakerDatabase,
  draft: Draft<InteractionRow>,
): Promise<InteractionRow> {
  await getPerson(db, draft.personId);
  const now = nowIso();
  const row = validated(
    Interaction,
    { ...draft, id: draft.id ?? newId(), createdAt: now, updatedAt: now },
    'Interaction',
  );
  await db.interactions.put(row);
  return row;
}
