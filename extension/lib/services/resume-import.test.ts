import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseResumeText } from '../../../shared/resume/parse.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { getProfile, saveProfile } from './profile.ts';
import { importResume } from './resume-import.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`resume-import-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const RESUME = `Grace Hopper
grace@example.com
Experience
Senior Engineer, Navy Labs
2019 - Present
Skills
COBOL, Python`;

describe('importing an accepted resume in the background', () => {
  it('merges into the profile as stored now, keeping an edit made after the draft was read', async () => {
    const draft = parseResumeText(RESUME);
    const stored = await getProfile(db);
    await saveProfile(db, { ...stored, contact: { ...stored.contact, firstName: 'Amazing Grace' } });
    const { summary } = await importResume(db, { draft, file: null });
    const profile = await getProfile(db);
    expect(profile.contact.firstName).toBe('Amazing Grace');
    expect(profile.contact.email).toBe('grace@example.com');
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python']));
    expect(summary.skills).toBeGreaterThan(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('keeps the file for autofill, and refuses an empty one without touching the profile', async () => {
    const draft = parseResumeText(RESUME);
    const file = { fileName: 'grace.txt', mimeType: 'text/plain', base64: btoa(RESUME), text: RESUME };
    await expect(importResume(db, { draft, file })).resolves.toMatchObject({ keptFile: true });
    expect(await db.documents.count()).toBe(1);
    const before = JSON.stringify(await getProfile(db));
    const other = parseResumeText(RESUME.replace('Python', 'Rust'));
    await expect(importResume(db, { draft: other, file: { ...file, base64: '' } })).rejects.toThrow(/empty/);
    expect(JSON.stringify(await getProfile(db))).toBe(before);
  });
});
