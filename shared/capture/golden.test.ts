import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';
import { locationText } from './normalize/location.ts';

/**
 * Golden test: every project-written fixture in tests/fixtures/jobs/<name>.html is extracted and
 * compared with <name>.expected.json. Only keys present in the expected file are checked; a
 * `null` means "must be absent".
 */
const DIR = resolve(__dirname, '../../tests/fixtures/jobs');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''));

interface Expected {
  url: string;
  adapter?: string | null;
  isPosting?: boolean;
  canonicalUrl?: string;
  ats?: unknown;
  title?: string;
  company?: string;
  location?: string | null;
  workType?: string | null;
  employmentType?: string | null;
  salary?: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
  postedAt?: string | null;
  descriptionContains?: string[];
  descriptionExcludes?: string[];
  required?: string[];
  preferred?: string[];
}

describe('golden fixtures', () => {
  it('covers every adapter', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)('%s', (name) => {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const { document } = parseHTML(readFileSync(join(DIR, `${name}.html`), 'utf8'));
    const job = extractJob(document, want.url, { now: () => new Date('2026-01-15T00:00:00Z') });
    const f = job.fields;
    const got: Record<string, unknown> = {
      adapter: job.adapter,
      isPosting: job.isPosting,
      canonicalUrl: job.canonicalUrl,
      ats: job.ats,
      title: f.title,
      company: f.company,
      location: f.locations ? locationText(f.locations) : null,
      workType: f.workType ?? null,
      employmentType: f.employmentType ?? null,
      salary: f.salary
        ? { min: f.salary.min, max: f.salary.max, currency: f.salary.currency, period: f.salary.period }
        : null,
      postedAt: f.postedAt ?? null,
      required: f.requirements?.required,
      preferred: f.requirements?.preferred,
    };
    const keys = Object.keys(want).filter((k) => k in got);
    expect(Object.fromEntries(keys.map((k) => [k, got[k]]))).toEqual(
      Object.fromEntries(keys.map((k) => [k, want[k as keyof Expected]])),
    );
    for (const phrase of want.descriptionContains ?? []) expect(f.descriptionText).toContain(phrase);
    for (const phrase of want.descriptionExcludes ?? [])
      expect(f.descriptionText ?? '').not.toContain(phrase);
    // Every field carries where it came from.
    for (const k of Object.keys(f)) expect(job.provenance[k], k).toBeDefined();
  });
});
