import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boardRefFromJob, boardRefFromUrl, listUrl } from './alert.ts';
import { criteriaMiss, draftFromPosting, readBoardList } from './postings.ts';

const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(new URL(`../../tests/fixtures/boards-api/${name}`, import.meta.url), 'utf8'));

describe('which board a URL belongs to', () => {
  it.each([
    ['https://boards.greenhouse.io/northwindlabs', 'greenhouse', 'northwindlabs'],
    ['https://job-boards.greenhouse.io/northwindlabs/jobs/4100001', 'greenhouse', 'northwindlabs'],
    ['https://boards.greenhouse.io/embed/job_board?for=northwindlabs', 'greenhouse', 'northwindlabs'],
    ['https://jobs.lever.co/quillfeather', 'lever', 'quillfeather'],
    [
      'https://jobs.lever.co/quillfeather/5a1c2d3e-0000-4000-8000-00000000a001/apply',
      'lever',
      'quillfeather',
    ],
    ['https://jobs.ashbyhq.com/lumenforge', 'ashby', 'lumenforge'],
    ['https://jobs.ashbyhq.com/Lumen%20Forge/7b2e9c10-0000-4000-8000-00000000b001', 'ashby', 'Lumen Forge'],
  ])('%s → %s %s', (url, ats, board) => {
    expect(boardRefFromUrl(url)).toEqual({ ats, board });
  });

  it.each([
    'https://www.linkedin.com/jobs/view/123',
    'https://evil.example/boards.greenhouse.io/acme',
    'https://greenhouse.io.evil.example/acme',
    'https://jobs.eu.lever.co/acme',
    'javascript:alert(1)',
    'not a url',
  ])('%s is not a watched board', (url) => {
    expect(boardRefFromUrl(url)).toBeNull();
  });

  it('takes a saved job’s board from its ATS reference first', () => {
    expect(
      boardRefFromJob({
        ats: { ats: 'lever', id: 'x', board: 'quillfeather' },
        url: 'https://careers.quill.example/x',
      }),
    ).toEqual({ ats: 'lever', board: 'quillfeather' });
    expect(
      boardRefFromJob({ ats: { ats: 'greenhouse', id: '1' }, url: 'https://careers.acme.example/?gh_jid=1' }),
    ).toBeNull();
  });

  it('asks each board’s documented list endpoint', () => {
    expect(listUrl({ ats: 'greenhouse', board: 'northwindlabs' })).toBe(
      'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs?content=true',
    );
    expect(listUrl({ ats: 'lever', board: 'quillfeather' })).toBe(
      'https://api.lever.co/v0/postings/quillfeather?mode=json',
    );
    expect(listUrl({ ats: 'ashby', board: 'Lumen Forge' })).toBe(
      'https://api.ashbyhq.com/posting-api/job-board/Lumen%20Forge?includeCompensation=true',
    );
  });
});

describe('reading a board’s list', () => {
  it('Greenhouse: ids, URLs, decoded descriptions and locations', () => {
    const list = readBoardList(
      { ats: 'greenhouse', board: 'northwindlabs' },
      fixture('greenhouse-jobs.json'),
    )!;
    expect(list.map((p) => p.id)).toEqual(['4100001', '4100002', '4100003']);
    expect(list[0]!.url).toBe('https://job-boards.greenhouse.io/northwindlabs/jobs/4100001');
    expect(list[0]!.fields.title).toBe('Senior Backend Engineer');
    expect(list[0]!.fields.descriptionText).toContain('PostgreSQL and Kafka');
    expect(list[0]!.fields.descriptionHtml).not.toContain('&lt;');
    expect(list[0]!.fields.locations?.[0]?.raw).toBe('Remote - US');
  });

  it('Lever: the bare array, with salary, workplace type and commitment', () => {
    const list = readBoardList({ ats: 'lever', board: 'quillfeather' }, fixture('lever-postings.json'))!;
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({
      id: '5a1c2d3e-0000-4000-8000-00000000a001',
      url: 'https://jobs.lever.co/quillfeather/5a1c2d3e-0000-4000-8000-00000000a001',
      fields: { title: 'Backend Engineer, Data Platform', workType: 'remote' },
    });
    expect(list[0]!.fields.salary).toMatchObject({
      min: 150000,
      max: 185000,
      currency: 'USD',
      period: 'YEAR',
    });
    expect(list[0]!.fields.descriptionText).toContain('Apache Airflow');
  });

  it('Ashby: listed jobs only, remote flag and compensation', () => {
    const list = readBoardList({ ats: 'ashby', board: 'lumenforge' }, fixture('ashby-job-board.json'))!;
    expect(list.map((p) => p.fields.title)).toEqual(['Machine Learning Engineer', 'Senior Backend Engineer']);
    expect(list[0]!.fields).toMatchObject({ workType: 'remote', salary: { min: 160000, max: 200000 } });
  });

  it('an answer of the wrong shape is not a list (a clear failure, not zero postings)', () => {
    expect(readBoardList({ ats: 'greenhouse', board: 'x' }, { error: 'nope' })).toBeNull();
    expect(readBoardList({ ats: 'lever', board: 'x' }, { ok: false })).toBeNull();
    expect(readBoardList({ ats: 'ashby', board: 'x' }, [])).toBeNull();
    expect(readBoardList({ ats: 'greenhouse', board: 'x' }, { jobs: [{ id: 1 }, null, 'x'] })).toEqual([]);
  });
});

describe('the alert’s criteria', () => {
  const none = { titles: [], locations: [], remoteOnly: false };
  const remoteBackend = { title: 'Senior Backend Engineer', locations: [{ raw: 'Remote - US' }] };
  it('passes everything when empty, and names the first criterion a posting misses', () => {
    expect(criteriaMiss(remoteBackend, none)).toBeNull();
    expect(criteriaMiss(remoteBackend, { ...none, titles: ['backend'] })).toBeNull();
    expect(criteriaMiss(remoteBackend, { ...none, titles: ['designer', 'sales'] })).toBe('title');
    expect(
      criteriaMiss(
        { title: 'Office Manager', locations: [{ raw: 'Austin, TX' }], workType: 'onsite' },
        { ...none, remoteOnly: true },
      ),
    ).toBe('remote');
    expect(criteriaMiss(remoteBackend, { ...none, locations: ['Berlin'] })).toBe('location');
    expect(criteriaMiss(remoteBackend, { ...none, locations: ['Berlin', 'Remote'] })).toBeNull();
  });
});

describe('a found posting as a capture draft', () => {
  it('marks every field as read from the board’s API and keeps the board reference', () => {
    const [posting] = readBoardList({ ats: 'lever', board: 'quillfeather' }, fixture('lever-postings.json'))!;
    const draft = draftFromPosting(
      { ats: 'lever', board: 'quillfeather', name: 'Quillfeather' },
      posting!,
      new Date('2026-12-04T00:00:00Z'),
    );
    expect(draft.ats).toEqual({ ats: 'lever', id: posting!.id, board: 'quillfeather' });
    expect(draft.fields.company).toBe('Quillfeather');
    expect(draft.provenance.title).toMatchObject({ source: 'api' });
    expect(draft.provenance.salary).toMatchObject({ source: 'api' });
    expect(draft.gaps).toEqual([]);
  });
});
