import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/index.ts';
import { Job as JobSchema } from '../domain/index.ts';
import { storedJob } from '../domain/testing.ts';
import { pipelineCsv } from './export.ts';
import { type ParsedFile, parsePipelineCsv } from './import.ts';
import { previewRows, toJob } from './preview.ts';

const sample = (name: string) => fs.readFileSync(`tests/fixtures/pipeline-csv/${name}`, 'utf8');
const ok = (file: ParsedFile) => {
  if (!file.ok) throw new Error(file.error);
  return file;
};
const today = new Date('2026-12-04T12:00:00Z');

describe('pipeline CSV import: Huntr and Teal', () => {
  it('maps Huntr columns and lists, with an error for each bad row', () => {
    const file = ok(parsePipelineCsv(sample('huntr-sample.csv'), today));
    expect(file.source).toBe('huntr');
    const good = file.rows.flatMap((r) => (r.ok ? [r.job] : []));
    expect(good.map((j) => [j.title, j.company, j.stage])).toEqual([
      ['Senior Platform Engineer', 'Northwind Traders', 'saved'],
      ['Backend Developer', 'Contoso', 'applied'],
      ['Data Engineer', 'Fabrikam', 'interviewing'],
      ['Frontend Engineer', 'Tailspin Toys', 'offer'],
      ['QA Engineer', 'Litware', 'rejected'],
    ]);
    expect(good[0]).toMatchObject({
      deadline: '2026-12-18',
      savedOn: '2026-11-20',
      locations: [{ city: 'Berlin' }],
    });
    expect(good[0]?.salary).toMatchObject({ min: 85000, max: 100000, currency: 'EUR' });
    expect(good[1]).toMatchObject({ notes: 'Sent resume v3, "short" cover letter', appliedOn: '2026-11-05' });
    expect(good[1]?.canonicalUrl).not.toContain('utm_source');
    expect(good[2]).toMatchObject({ savedOn: '2026-10-28', appliedOn: '2026-11-01' });
    const errors = file.rows.flatMap((r) => (r.ok ? [] : [[r.line, r.error]]));
    expect(errors).toEqual([
      [7, 'Job Title starts with “=” like a spreadsheet formula; Jobraker does not import formulas'],
      [8, expect.stringContaining('List “Someday” is not a Huntr stage')],
    ]);
  });

  it('maps Teal columns, salary range, excitement and statuses', () => {
    const file = ok(parsePipelineCsv(sample('teal-sample.csv'), today));
    expect(file.source).toBe('teal');
    const good = file.rows.flatMap((r) => (r.ok ? [r.job] : []));
    expect(good.map((j) => j.stage)).toEqual(['saved', 'applied', 'interviewing', 'ghosted']);
    expect(good[0]).toMatchObject({
      excitement: 4,
      salary: { min: 120000, max: 145000 },
      deadline: '2026-12-10',
    });
    const errors = file.rows.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error));
    expect(errors).toEqual([
      'Job Position contains HTML markup (“<img src=x onerror=alert(1)>”)',
      'Job URL “javascript:alert(1)” is not an http(s) link',
    ]);
  });
});

describe('pipeline CSV import: broken and hostile files', () => {
  const error = (text: string) => {
    const file = parsePipelineCsv(text, today);
    return file.ok ? null : file.error;
  };
  it('refuses each with a message that says what is wrong', () => {
    expect(error('x'.repeat(50 * 1024 * 1024))).toMatch(
      /^This file is 50\.0 MB; a Huntr or Teal export is at most 5\.0 MB/,
    );
    expect(error('PK\u0003\u0004\u0014\u0000binary')).toMatch(/workbook \(\.xlsx\), not a CSV/);
    expect(error('Job Title,Employer\u0000\u0001\u0002')).toMatch(/binary data/);
    expect(error('')).toBe('This file is empty.');
    expect(error('name,email\nAna,ana@example.com')).toBe(
      "These columns are not a Huntr or Teal export. Huntr's has Job Title, Employer and List; Teal's has Job Position, Company and Status. This file has: name, email.",
    );
    const wide = `Job Title,Employer,List\n${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}`;
    expect(error(wide)).toBe('Row 2 has 10,000 columns; a Huntr or Teal export has at most 200.');
    expect(error('Job Title,Employer,List\n"Unclosed,Acme,Applied\n')).toMatch(/quote \(".*never closes/);
  });

  it('keeps numbers and phone-like cells that only look like formulas', () => {
    const file = ok(
      parsePipelineCsv(
        'Job Title,Employer,List,URL,Notes\nDev,Acme,Applied,https://a.example/1,+49 30 1234\n',
      ),
    );
    expect(file.rows[0]).toMatchObject({ ok: true, job: { notes: '+49 30 1234' } });
  });
});

describe('pipeline CSV preview', () => {
  it('recognizes duplicates by canonical URL or company|title|city, in the store and within the file', () => {
    const file = ok(parsePipelineCsv(sample('huntr-sample.csv'), today));
    const saved = [
      storedJob({ canonicalUrl: 'https://boards.example.com/contoso/backend-7', title: 'Backend Dev (old)' }),
      storedJob({
        canonicalUrl: 'https://x.example/1',
        fuzzyKey: 'fabrikam|data engineer|austin',
        company: 'Fabrikam',
      }),
    ] as Job[];
    const { rows, accepted } = previewRows(file.rows, saved);
    expect(rows.map((r) => r.status)).toEqual([
      'new',
      'duplicate',
      'duplicate',
      'new',
      'new',
      'error',
      'error',
    ]);
    expect(rows[1]?.message).toBe('Same job as “Backend Dev (old)” at Acme, already saved');
    expect(accepted).toHaveLength(3);
    const twice = previewRows([...file.rows.slice(0, 1), { ...file.rows[0]!, line: 9 }], []);
    expect(twice.rows[1]).toMatchObject({ status: 'duplicate', message: 'Same job as row 2 of this file' });
  });

  it('turns a row into a valid job with its history (saved, applied, then its stage)', () => {
    const file = ok(parsePipelineCsv(sample('huntr-sample.csv'), today));
    const row = file.rows[2]!;
    if (!row.ok) throw new Error('row 4 is good');
    let n = 0;
    const ids = () => `01900000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
    const { job, events } = toJob(row.job, ids, '2026-12-04T12:00:00.000Z', 'Imported from Huntr CSV');
    expect(JobSchema.safeParse(job).success).toBe(true);
    expect(events.map((e) => [e.from, e.to, e.at.slice(0, 10)])).toEqual([
      [null, 'saved', '2026-10-28'],
      ['saved', 'applied', '2026-11-01'],
      ['applied', 'interviewing', '2026-11-01'],
    ]);
  });
});

describe('pipeline CSV export', () => {
  it('writes RFC 4180 rows and neutralizes formula cells', () => {
    const job = storedJob({
      title: '=HYPERLINK("http://evil.example")',
      company: 'Acme, "Inc"',
      notes: '',
      stage: 'applied',
      deadline: '2026-12-31',
      salary: { min: 100000, max: 120000, currency: 'USD', period: 'YEAR' },
    }) as Job;
    const csv = pipelineCsv([
      { job, appliedAt: '2026-02-01T10:00:00.000Z', notes: 2, interviews: 1 },
      {
        job: storedJob({ title: '-1+2', company: '@home\nline two' }) as Job,
        appliedAt: null,
        notes: 0,
        interviews: 0,
      },
    ]);
    expect(csv.startsWith('\ufeffTitle,Company,Stage,Saved,Applied')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      '"\'=HYPERLINK(""http://evil.example"")","Acme, ""Inc""",Applied,2026-01-01,2026-02-01',
    );
    const back = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(back[1]?.slice(-4)).toEqual(['https://boards.example.com/acme/1', '', '2', '1']);
    expect(back[2]?.slice(0, 2)).toEqual(["'-1+2", "'@home\nline two"]);
    expect(back[1]?.slice(9, 13)).toEqual(['100000', '120000', 'USD', 'YEAR']);
  });
});
