import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedJob } from '../../../shared/domain/testing.ts';
import { JobrakerDatabase } from '../db/database.ts';
import { exportAll, importAll } from './backup.ts';
import { addDocument } from './profile.ts';

let db: JobrakerDatabase;
beforeEach(() => {
  db = new JobrakerDatabase(`test-backup-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const at = '2026-01-01T00:00:00.000Z';
const job = storedJob;

async function hostileFile(over: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...(await exportAll(db)), ...over });
}

describe('import of a hostile export file', () => {
  it('writes nothing when one link is javascript:, one file is an .exe path', async () => {
    const before = await exportAll(db);
    await expect(
      importAll(db, await hostileFile({ jobs: [job({ applyUrl: 'javascript:alert(1)' })] })),
    ).rejects.toThrow(/jobs\.0\.applyUrl: Only http and https links/);
    const evil = {
      id: '01900000-0000-7000-8000-000000000002',
      kind: 'resume',
      fileName: '../../evil.exe',
      mimeType: 'application/x-msdownload',
      size: 2,
      sha256: 'b'.repeat(64),
      text: '',
      createdAt: at,
      base64: 'TVo=',
    };
    await expect(importAll(db, await hostileFile({ documents: [evil] }))).rejects.toThrow(/documents\.0\./);
    expect({ ...(await exportAll(db)), exportedAt: before.exportedAt }).toEqual(before);
  });

  it('stores an imported description sanitized', async () => {
    const html = '<p>Ship it<script>steal()</script><iframe src="https://evil.example"></iframe></p>';
    await importAll(db, await hostileFile({ jobs: [job({ descriptionHtml: html })] }));
    expect((await db.jobs.toArray())[0]?.descriptionHtml).toBe('<p>Ship it</p>');
  });

  it('keeps only PDF, DOCX and text files with plain names when a resume is added', async () => {
    const base = { kind: 'resume' as const, base64: 'JVBERi0=', text: 'Resume' };
    await expect(
      addDocument(db, { ...base, fileName: 'cv.exe', mimeType: 'application/x-msdownload' }),
    ).rejects.toThrow(/not a PDF, DOCX or plain-text file/);
    await expect(
      addDocument(db, { ...base, fileName: '../cv.pdf', mimeType: 'application/pdf' }),
    ).rejects.toThrow(/cannot be kept/);
    expect(
      (await addDocument(db, { ...base, fileName: 'cv.pdf', mimeType: 'application/pdf' })).fileName,
    ).toBe('cv.pdf');
  });
});
