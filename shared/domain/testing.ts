// Jobs for tests: a stored job as the browser's database holds it (export, import, backup), and a
// captured draft as saveDraft takes it.
import type { JobDraft } from './index.ts';

const at = '2026-01-01T00:00:00.000Z';

export const storedJob = (over: Record<string, unknown> = {}) => ({
  id: '01900000-0000-7000-8000-000000000001',
  title: 'Platform Engineer',
  company: 'Acme',
  url: 'https://boards.example.com/acme/1',
  canonicalUrl: 'https://boards.example.com/acme/1',
  ats: null,
  aliases: [],
  fuzzyKey: 'acme|platform engineer',
  provenance: {},
  userEdited: [],
  gaps: [],
  stage: 'saved',
  excitement: null,
  deadline: null,
  notes: '',
  createdAt: at,
  updatedAt: at,
  stageChangedAt: at,
  ...over,
});

/** Captured posting number `n`: "Engineer n" at Acme, its own URL, nothing else known. */
export const numberedDraft = (n: number): JobDraft => ({
  url: `https://acme.example/jobs/${n}`,
  canonicalUrl: `https://acme.example/jobs/${n}`,
  ats: null,
  fields: { title: `Engineer ${n}`, company: 'Acme' },
  provenance: {},
  gaps: [],
  extractedAt: at,
});
