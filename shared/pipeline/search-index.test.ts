import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDoc, type TokenCache, words } from './search-index.ts';

const doc = (id: string, title: string, company: string, description = ''): SearchDoc => ({
  id,
  version: '1',
  title,
  company,
  description,
});

const docs = [
  doc('a', 'Backend Engineer', 'Acme', 'Go and Postgres services'),
  doc('b', 'Frontend Developer', 'Initech', 'React, TypeScript, accessibility'),
  doc('c', 'Data Engineer', 'Café Müller', 'Spark pipelines; some Go'),
];

describe('pipeline search index', () => {
  it('finds jobs by title, company or description, every word required', () => {
    const index = buildSearchIndex(docs);
    expect(index.search('engineer')).toEqual(new Set(['a', 'c']));
    expect(index.search('initech')).toEqual(new Set(['b']));
    expect(index.search('postgres')).toEqual(new Set(['a']));
    expect(index.search('go engineer')).toEqual(new Set(['a', 'c']));
    expect(index.search('go spark')).toEqual(new Set(['c']));
    expect(index.search('react postgres')).toEqual(new Set());
  });

  it('matches the start of words as the user types, ignoring case and accents', () => {
    const index = buildSearchIndex(docs);
    expect(index.search('ENG')).toEqual(new Set(['a', 'c']));
    expect(index.search('cafe muller')).toEqual(new Set(['c']));
    expect(index.search('type')).toEqual(new Set(['b']));
    expect(index.search('gine')).toEqual(new Set());
  });

  it('treats a query without words as no search at all', () => {
    const index = buildSearchIndex(docs);
    expect(index.search('')).toBeNull();
    expect(index.search('  ,;- ')).toBeNull();
    expect(words('C++ & C#, Node.js')).toEqual(['c', 'c', 'node', 'js']);
  });

  it('re-reads only the jobs that changed when rebuilt, and forgets deleted ones', () => {
    const cache: TokenCache = new Map();
    buildSearchIndex(docs, cache);
    const kept = cache.get('a');
    const edited = { ...doc('b', 'Staff Designer', 'Initech'), version: '2' };
    const index = buildSearchIndex([docs[0] as SearchDoc, edited], cache);
    expect(cache.get('a')).toBe(kept);
    expect(cache.has('c')).toBe(false);
    expect(index.search('designer')).toEqual(new Set(['b']));
    expect(index.search('frontend')).toEqual(new Set());
    expect(index.search('spark')).toEqual(new Set());
  });
});
