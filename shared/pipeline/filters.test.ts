import { describe, expect, it } from 'vitest';
import type { Job } from '../domain/job.ts';
import { storedJob } from '../domain/testing.ts';
import { applyFilter, EMPTY_FILTER, filterOptions, groupByStage, sortItems } from './filters.ts';
import { pipelineItem } from './items.ts';
import { buildSearchIndex } from './search-index.ts';

const job = (n: number, over: Partial<Job>): Job =>
  storedJob({ id: `01900000-0000-7000-8000-00000000000${n}`, ...over }) as Job;

const items = [
  pipelineItem(
    job(1, {
      title: 'Backend Engineer',
      company: 'Acme',
      url: 'https://boards.greenhouse.io/acme/jobs/1',
      workType: 'remote',
      createdAt: '2026-03-02T12:00:00.000Z',
    }),
    { score: 81.6, personaId: 'p-backend' },
  ),
  pipelineItem(
    job(2, {
      title: 'Data Analyst',
      company: 'Initech',
      url: 'https://jobs.lever.co/initech/2',
      stage: 'applied',
      employmentType: 'contract',
      createdAt: '2026-03-10T12:00:00.000Z',
    }),
    { score: 42, personaId: 'p-data' },
  ),
  pipelineItem(
    job(3, {
      title: 'Platform Engineer',
      company: 'Acme',
      url: 'https://careers.example.org/3',
      stage: 'applied',
      excitement: 5,
      createdAt: '2026-03-20T12:00:00.000Z',
    }),
    undefined,
  ),
  pipelineItem(
    job(4, { title: 'Old Engineer', company: 'Globex', archivedAt: '2026-04-01T00:00:00.000Z' }),
    undefined,
  ),
];
const titles = (list: { job: Job }[]) => list.map((i) => i.job.title);

describe('pipeline filters', () => {
  it('reads score, persona, source board and tags off the match and the posting', () => {
    expect(items[0]).toMatchObject({
      score: 82,
      personaId: 'p-backend',
      source: 'greenhouse',
      tags: ['remote'],
    });
    expect(items[1]).toMatchObject({ source: 'lever', tags: ['contract'] });
    expect(items[2]).toMatchObject({ score: null, personaId: null, source: 'other', tags: [] });
  });

  it('keeps archived jobs off the board unless asked for them', () => {
    expect(titles(applyFilter(items, EMPTY_FILTER))).toEqual([
      'Backend Engineer',
      'Data Analyst',
      'Platform Engineer',
    ]);
    expect(titles(applyFilter(items, { ...EMPTY_FILTER, archived: 'archived' }))).toEqual(['Old Engineer']);
  });

  it('narrows by persona, score, company, tag, source board and saved date, together with the search', () => {
    const f = EMPTY_FILTER;
    const index = buildSearchIndex(
      items.map((i) => ({
        id: i.job.id,
        version: i.job.updatedAt,
        title: i.job.title,
        company: i.job.company,
        description: '',
      })),
    );
    expect(titles(applyFilter(items, { ...f, personaId: 'p-data' }))).toEqual(['Data Analyst']);
    expect(titles(applyFilter(items, { ...f, minScore: 50 }))).toEqual(['Backend Engineer']);
    expect(titles(applyFilter(items, { ...f, company: 'Acme' }))).toEqual([
      'Backend Engineer',
      'Platform Engineer',
    ]);
    expect(titles(applyFilter(items, { ...f, tag: 'contract' }))).toEqual(['Data Analyst']);
    expect(titles(applyFilter(items, { ...f, source: 'other' }))).toEqual(['Platform Engineer']);
    expect(titles(applyFilter(items, { ...f, savedFrom: '2026-03-05', savedTo: '2026-03-15' }))).toEqual([
      'Data Analyst',
    ]);
    expect(titles(applyFilter(items, { ...f, query: 'engineer', company: 'Acme' }, index))).toEqual([
      'Backend Engineer',
      'Platform Engineer',
    ]);
    expect(titles(applyFilter(items, { ...f, query: 'engineer', minScore: 50 }, index))).toEqual([
      'Backend Engineer',
    ]);
  });

  it('offers each filter the values present, and groups the board by stage in pipeline order', () => {
    expect(filterOptions(items)).toEqual({
      companies: ['Acme', 'Globex', 'Initech'],
      tags: ['contract', 'remote'],
      sources: ['greenhouse', 'lever', 'other'],
      personaIds: ['p-backend', 'p-data'],
    });
    const columns = groupByStage(items);
    expect(Object.keys(columns)[0]).toBe('saved');
    expect(titles(columns.applied)).toEqual(['Data Analyst', 'Platform Engineer']);
    expect(columns.offer).toEqual([]);
  });

  it('sorts the list view by any column, empty values last in both directions', () => {
    expect(titles(sortItems(items, { key: 'score', dir: 'desc' })).slice(0, 2)).toEqual([
      'Backend Engineer',
      'Data Analyst',
    ]);
    expect(titles(sortItems(items, { key: 'score', dir: 'asc' })).slice(0, 2)).toEqual([
      'Data Analyst',
      'Backend Engineer',
    ]);
    expect(titles(sortItems(items, { key: 'excitement', dir: 'asc' }))[0]).toBe('Platform Engineer');
    expect(titles(sortItems(items, { key: 'company', dir: 'asc' }))).toEqual([
      'Backend Engineer',
      'Platform Engineer',
      'Old Engineer',
      'Data Analyst',
    ]);
  });
});
