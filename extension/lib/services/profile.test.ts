import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobrakerDatabase } from '../db/database.ts';
import {
  addDocument,
  deletePersona,
  getProfile,
  newPersona,
  restorePersona,
  savePersona,
  saveProfile,
} from './profile.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`profile-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('profile service', () => {
  it('refuses an invalid profile with a message naming the field, keeping the stored one', async () => {
    const profile = await getProfile(db);
    await saveProfile(db, { ...profile, contact: { firstName: 'Ada', email: 'ada@example.com' } });
    await expect(saveProfile(db, { ...profile, contact: { email: 'not-an-email' } })).rejects.toThrow(
      /contact.email: Enter an email/,
    );
    expect((await getProfile(db)).contact.firstName).toBe('Ada');
  });

  it('refuses a target title over 100 characters (a pasted paragraph) and keeps the titles stored', async () => {
    const profile = await saveProfile(db, { ...(await getProfile(db)), targetTitles: ['Staff Engineer'] });
    await expect(
      saveProfile(db, { ...profile, targetTitles: ['Staff Engineer', 'x'.repeat(101)] }),
    ).rejects.toThrow(/targetTitles.1: A target title is at most 100 characters/);
    expect((await getProfile(db)).targetTitles).toEqual(['Staff Engineer']);
    await saveProfile(db, { ...profile, targetTitles: ['y'.repeat(100)] });
    expect((await getProfile(db)).targetTitles).toEqual(['y'.repeat(100)]);
  });

  it('keeps exactly one persona active, and undoes a delete', async () => {
    const backend = await savePersona(db, newPersona('Backend', ['Backend Engineer']));
    expect(backend.active).toBe(true);
    const data = await savePersona(db, { ...newPersona('Data'), active: true });
    expect((await db.personas.get(backend.id))?.active).toBe(false);
    const { trashId } = await deletePersona(db, data.id);
    expect((await db.personas.get(backend.id))?.active).toBe(true);
    const restored = await restorePersona(db, trashId);
    expect(restored.name).toBe('Data');
    expect((await db.personas.toArray()).filter((p) => p.active)).toHaveLength(1);
  });

  it('stores persona weights normalized to add up to 1', async () => {
    const p = await savePersona(db, {
      ...newPersona('Pay first'),
      weights: {
        salary: 1,
        skills: 1,
        remote: 0,
        location: 0,
        industry: 0,
        title: 0,
        experience: 0,
        education: 0,
      },
    });
    expect(p.weights.salary).toBeCloseTo(0.5);
    expect(p.weights.skills).toBeCloseTo(0.5);
    expect(Object.values(p.weights).reduce((a, b) => a + (b ?? 0), 0)).toBeCloseTo(1);
  });

  it('stores a resume once per content, with its hash, and refuses an empty file', async () => {
    const base64 = btoa('%PDF-1.4 resume');
    const a = await addDocument(db, {
      kind: 'resume',
      fileName: 'cv.pdf',
      mimeType: 'application/pdf',
      base64,
      text: 'Ada',
    });
    const b = await addDocument(db, {
      kind: 'resume',
      fileName: 'cv-copy.pdf',
      mimeType: 'application/pdf',
      base64,
      text: 'Ada',
    });
    expect(b.id).toBe(a.id);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      addDocument(db, {
        kind: 'resume',
        fileName: 'empty.pdf',
        mimeType: 'application/pdf',
        base64: '',
        text: '',
      }),
    ).rejects.toThrow('empty.pdf is empty.');
  });
});
