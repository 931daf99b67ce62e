import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';

/**
 * A redesign test: every golden fixture with its class names replaced by generated ones (what
 * LinkedIn's logged-in view and CSS-in-JS sites ship), as a board's next redesign would leave it.
 * Title, company and description must still come out, from what survives a redesign: the URL,
 * ARIA roles and labels, data- attributes, structured data and the shape of the text.
 */
const DIR = resolve(__dirname, '../../tests/fixtures/jobs');
/**
 * Hacker News "who is hiring" comments are free text whose one structure is the board's classes
 * (.commtext): without them, a comment is just text, so only its adapter can read it.
 */
const ONLY_ITS_CLASSES = new Set(['hackernews']);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .filter((name) => !ONLY_ITS_CLASSES.has(name));

/** A stable generated-looking name per original class ("_k3x9q"), as build tools emit them. */
function generatedName(original: string): string {
  let h = 2166136261;
  for (const ch of original) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `_${(h >>> 0).toString(36).slice(0, 6)}`;
}

function scrambleClasses(html: string): string {
  return html.replace(/\bclass=(["'])(.*?)\1/gs, (_m, q: string, value: string) => {
    const names = value.split(/\s+/).filter(Boolean).map(generatedName);
    return `class=${q}${names.join(' ')}${q}`;
  });
}

interface Expected {
  url: string;
  isPosting?: boolean;
  title?: string;
  company?: string;
  descriptionContains?: string[];
}

describe('capture after a redesign that scrambles every class name', () => {
  it.each(cases)('%s', (name) => {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    if (want.isPosting === false) return;
    const { document } = parseHTML(scrambleClasses(readFileSync(join(DIR, `${name}.html`), 'utf8')));
    const job = extractJob(document, want.url, { now: () => new Date('2026-01-15T00:00:00Z') });
    const f = job.fields;
    if (want.title) expect(f.title, 'title').toBe(want.title);
    if (want.company) expect(f.company, 'company').toBe(want.company);
    for (const phrase of want.descriptionContains ?? [])
      expect(f.descriptionText ?? '', 'description').toContain(phrase);
  });
});
