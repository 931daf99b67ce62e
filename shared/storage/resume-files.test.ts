// What the user is told before any byte leaves: wrong type, too big, bytes that are not the recorded file;
// and how Storage's codes (in the body's statusCode) become plain sentences.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../domain/documents.ts';
import { type FileDoc, type ResumeBucket, uploadFile, uploadFiles } from './resume-files.ts';

const PDF = 'application/pdf' as const;
function bucket(answers: Array<{ statusCode?: string; message: string } | null>) {
  const sent: string[] = [];
  const fake: ResumeBucket = {
    upload: async (path) => {
      sent.push(path);
      const error = answers.shift() ?? null;
      return { data: error ? null : { path }, error };
    },
    download: async () => ({ data: null, error: { message: 'unused' } }),
    createSignedUrl: async () => ({ data: null, error: { message: 'unused' } }),
  };
  return { fake, sent };
}
const docOf = async (bytes: Uint8Array, mimeType: FileDoc['mimeType'] = PDF): Promise<FileDoc> => ({
  id: 'd1',
  fileName: 'cv.pdf',
  mimeType,
  size: bytes.byteLength,
  sha256: await sha256Hex(bytes),
});

describe('resume files', () => {
  it('refuses plain text, 6 MB and changed bytes without sending anything', async () => {
    const { fake, sent } = bucket([]);
    const small = new Uint8Array([1, 2, 3]);
    expect(await uploadFile(fake, 'u', await docOf(small, 'text/plain'), small)).toMatchObject({
      ok: false,
      message: '"cv.pdf" stays in this browser: only PDF and DOCX are stored on the server.',
    });
    const big = new Uint8Array(6 * 1024 * 1024);
    expect(await uploadFile(fake, 'u', await docOf(big), big)).toMatchObject({ ok: false, retryable: false });
    expect(await uploadFile(fake, 'u', await docOf(small), new Uint8Array([9]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed since it was imported/),
    });
    expect(sent).toEqual([]);
  });

  it('uploads to {user}/{document}/{file name}; retries only what can heal', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const doc = await docOf(bytes);
    const { fake, sent } = bucket([{ message: 'fetch failed' }, null]);
    const [outcome] = await uploadFiles(fake, 'user_1', [{ doc, bytes }], { sleep: async () => {} });
    expect(outcome).toEqual({ id: 'd1', ok: true, attempts: 2 });
    expect(sent).toEqual(['user_1/d1/cv.pdf', 'user_1/d1/cv.pdf']);

    const refused = bucket([{ statusCode: '403', message: 'new row violates row-level security policy' }]);
    const [denied] = await uploadFiles(refused.fake, 'user_1', [{ doc, bytes }], { sleep: async () => {} });
    expect(denied).toMatchObject({ ok: false, attempts: 1, message: expect.stringMatching(/refused/) });
  });
});
