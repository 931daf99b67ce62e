// Capture and apply for the tables beyond jobs: the profile is one record (saving replaces it, never deletes
// it; a pulled profile replaces the local one), a match travels under its job's id, and every local table
// that sync carries is queued when sync is turned on.
import { describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../services/profile.ts';
import { setSyncEnabled } from './index.ts';
import { dexieReplica } from './store.ts';
import { SYNCED_LOCAL_TABLES } from './tables.ts';
import { capturingDatabases, queuedOps } from './testing.ts';

const open = capturingDatabases('sync-tables');

describe('sync of the profile and the records beside jobs', () => {
  it('queues a saved profile as one upsert, never the delete its save makes locally', async () => {
    const db = open();
    const profile = await getProfile(db);
    await saveProfile(db, { ...profile, contact: { firstName: 'Ada' } });
    expect(await queuedOps(db, { ids: true })).toEqual([
      `profiles:upsert:${profile.id}`,
      `profiles:upsert:${profile.id}`,
    ]);
    const last = (await db.outbox.orderBy('seq').last())?.row as { contact: { firstName: string } };
    expect(last.contact.firstName).toBe('Ada');
  });

  it('queues a match under its job id, and its delete too', async () => {
    const db = open();
    const jobId = '01900000-0000-7000-8000-0000000000b1';
    const at = new Date().toISOString();
    await db.matches.put({
      jobId,
      personaId: null,
      score: 50,
      factors: [],
      requirements: [],
      gaps: [],
      dealBreakers: [],
      explanation: '',
      computedAt: at,
    });
    await db.matches.delete(jobId);
    expect(await queuedOps(db, { ids: true })).toEqual([
      `job_matches:upsert:${jobId}`,
      `job_matches:delete:${jobId}`,
    ]);
    expect((await db.outbox.orderBy('seq').first())?.updated_at).toBe(at);
  });

  it('a pulled profile replaces the local one (another id) without queueing it back', async () => {
    const db = open();
    const local = await getProfile(db);
    await db.outbox.clear();
    const pulled = { ...local, id: '01900000-0000-7000-8000-0000000000c1', contact: { firstName: 'Grace' } };
    const replica = dexieReplica(db);
    const versions = await replica.localVersions([{ table: 'profiles', id: pulled.id }]);
    expect(versions.get('profiles')).toBe(local.updatedAt); // compared with the local profile, whatever its id
    await replica.applyRemote(
      [{ table: 'profiles', id: pulled.id, decision: { kind: 'put', row: pulled } }],
      '3',
    );
    expect(await db.profiles.toArray()).toEqual([pulled]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('turning sync on queues every synced table in dependency order', async () => {
    const db = open();
    await getProfile(db);
    const at = new Date().toISOString();
    await db.savedAnswers.put({
      id: '01900000-0000-7000-8000-0000000000d1',
      question: 'Why?',
      answer: 'x',
      updatedAt: at,
    });
    await db.jobNotes.put({
      id: '01900000-0000-7000-8000-0000000000d2',
      jobId: '01900000-0000-7000-8000-0000000000d3',
      body: 'Call Sam',
      createdAt: at,
      updatedAt: at,
    });
    // Written log first, person second: the snapshot still queues the person before the log that points at them.
    await db.interactions.put({
      id: '01900000-0000-7000-8000-0000000000d4',
      personId: '01900000-0000-7000-8000-0000000000d5',
      jobId: null,
      on: '2026-12-01',
      channel: 'call',
      summary: 'Intro call',
      createdAt: at,
      updatedAt: at,
    });
    await db.people.put({
      id: '01900000-0000-7000-8000-0000000000d5',
      name: 'Sam',
      role: 'recruiter',
      jobIds: ['01900000-0000-7000-8000-0000000000d3'],
      createdAt: at,
      updatedAt: at,
    });
    await db.outbox.clear();
    await setSyncEnabled(db, true);
    expect((await db.outbox.orderBy('seq').toArray()).map((e) => e.table)).toEqual([
      'profiles',
      'saved_answers',
      'job_notes',
      'people',
      'person_interactions',
    ]);
    expect(SYNCED_LOCAL_TABLES).toHaveLength(19);
  });
});
