import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import './all.ts';

const DIR = resolve(__dirname, '../../../tests/fixtures/jobs');

describe('a Hacker News "Who is hiring?" comment', () => {
  it('is read by its adapter when saved to disk, with no address of its own in the page', () => {
    const want = JSON.parse(readFileSync(resolve(DIR, 'hackernews.expected.json'), 'utf8'));
    const { document } = parseHTML(readFileSync(resolve(DIR, 'hackernews.html'), 'utf8'));
    const job = extractJob(document, 'file:///home/me/Downloads/item.html', {
      now: () => new Date('2026-01-15T00:00:00Z'),
    });
    expect(job.adapter).toBe('hackernews');
    expect({ title: job.fields.title, company: job.fields.company }).toEqual({
      title: want.title,
      company: want.company,
    });
  });
});
