import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, ImportError, parseExportBundle } from './export-bundle.ts';
import { storedJob } from './testing.ts';

const at = '2026-01-01T00:00:00.000Z';
const job = storedJob();
const document = {
  id: '01900000-0000-7000-8000-000000000002',
  kind: 'resume',
  fileName: 'resume.pdf',
  mimeType: 'application/pdf',
  size: 3,
  sha256: 'a'.repeat(64),
  text: 'Resume',
  createdAt: at,
  base64: 'JVBE',
};
function file(over: { jobs?: object[]; documents?: object[]; receipts?: object[] } = {}): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: at,
    jobs: [job],
    stageEvents: [],
    profile: null,
    personas: [],
    documents: [document],
    matches: [],
    artifacts: [],
    savedAnswers: [],
    receipts: [],
    ...over,
  });
}

describe('importing an export file', () => {
  it('accepts a plain export', () => {
    expect(parseExportBundle(file()).jobs[0]?.title).toBe('Platform Engineer');
  });

  it.each([
    [
      'a javascript: apply link',
      { jobs: [{ ...job, applyUrl: 'javascript:alert(document.domain)' }] },
      'jobs.0.applyUrl',
    ],
    [
      'a data: posting URL',
      { jobs: [{ ...job, url: 'data:text/html,<script>alert(1)</script>' }] },
      'jobs.0.url',
    ],
    ['a javascript: alias', { jobs: [{ ...job, aliases: ['javascript:alert(1)'] }] }, 'jobs.0.aliases.0'],
    [
      'a javascript: receipt URL',
      {
        receipts: [
          {
            id: job.id,
            jobId: null,
            url: 'JavaScript:alert(1)',
            submittedAt: at,
            resumeSha256: null,
            answers: [],
          },
        ],
      },
      'receipts.0.url',
    ],
    [
      'an executable MIME type',
      { documents: [{ ...document, mimeType: 'application/x-msdownload' }] },
      'documents.0.mimeType',
    ],
    [
      'a path as file name',
      { documents: [{ ...document, fileName: '../../evil.exe' }] },
      'documents.0.fileName',
    ],
    [
      'a Windows path as file name',
      { documents: [{ ...document, fileName: '..\\..\\evil.exe' }] },
      'documents.0.fileName',
    ],
    [
      'a NUL in a file name',
      { documents: [{ ...document, fileName: 'resume.pdf\u0000.exe' }] },
      'documents.0.fileName',
    ],
  ])('refuses %s, naming where, and imports nothing', (_name, over, where) => {
    expect(() => parseExportBundle(file(over))).toThrow(ImportError);
    expect(() => parseExportBundle(file(over))).toThrow(`damaged at ${where}`);
  });

  it('sanitizes description HTML with the capture sanitizer', () => {
    const html =
      '<p onclick="steal()">Build <b>things</b><script>fetch("https://evil.example")</script>' +
      '<a href="javascript:alert(1)">apply</a><img src=x onerror=alert(1)></p>';
    const [imported] = parseExportBundle(file({ jobs: [{ ...job, descriptionHtml: html }] })).jobs;
    expect(imported?.descriptionHtml).toBe('<p>Build <b>things</b><a>apply</a></p>');
  });
});
