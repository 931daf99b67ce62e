import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { mergeSources } from './merge.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const teaser =
  'Harbourline ferries 40,000 people across the estuary every day, and our ticketing app is how most of them pay. As a QA engineer you will own the release checks for that app.';

describe('a structured teaser against the full text on the page', () => {
  it('keeps the full text when it begins with the teaser', () => {
    const full = `${teaser} You will write the regression suite in Playwright and keep the device lab running. We want two years of test automation and a calm head on release days.`;
    const m = mergeSources([
      { fields: { descriptionText: teaser }, source: 'jsonld', confidence: 0.95, detail: 'JSON-LD' },
      { fields: { descriptionText: full }, source: 'heuristic', confidence: 0.55, detail: 'page' },
    ]);
    expect(m.fields.descriptionText).toBe(full);
  });

  it('keeps the full text when the teaser flattens its opening heading into "Heading: text"', () => {
    const flat = `About Harbourline: ${teaser} Job Description: As a QA engineer you will...`;
    const full = `About Harbourline\n${teaser}\nJob Description\nYou will write the regression suite in Playwright and keep the device lab running. We want two years of test automation and a calm head on release days, and a habit of writing down what broke.`;
    const m = mergeSources([
      { fields: { descriptionText: flat }, source: 'jsonld', confidence: 0.95, detail: 'JSON-LD' },
      { fields: { descriptionText: full }, source: 'adapter', confidence: 0.85, detail: 'page' },
    ]);
    expect(m.fields.descriptionText).toBe(full);
  });

  it('keeps a structured description that the longer page block does not continue', () => {
    const other = `Other openings at Harbourline. ${'Deckhand, Pier 3, seasonal. '.repeat(12)}`;
    const m = mergeSources([
      { fields: { descriptionText: teaser }, source: 'jsonld', confidence: 0.95, detail: 'JSON-LD' },
      { fields: { descriptionText: other }, source: 'heuristic', confidence: 0.55, detail: 'page' },
    ]);
    expect(m.fields.descriptionText).toBe(teaser);
  });

  it('reads the page when the JSON-LD description is only its opening paragraph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'QA Engineer',
      hiringOrganization: { name: 'Harbourline' },
      description: teaser,
    });
    const { document } = parseHTML(`<html><head><title>QA Engineer</title>
      <script type="application/ld+json">${ld}</script></head><body><h1>QA Engineer</h1>
      <div class="job-description"><p>${teaser}</p>
      <ul><li>Write the regression suite in Playwright and keep the device lab running</li>
      <li>Pair with the mobile developers on every release candidate before it ships</li></ul>
      <p>We want two years of test automation and a calm head on release days.</p></div></body></html>`);
    const job = extractJob(document, 'https://harbourline.example/jobs/qa', { now, adapters: [] });
    expect(job.fields.descriptionText).toContain(
      'Pair with the mobile developers on every release candidate',
    );
  });
});

describe('a structured summary beside the posting', () => {
  it("gives way to the page's own text when that is four times as long", () => {
    const summary = 'Our Nurse Advice Line answers calls from patients across central Ohio. '.repeat(3);
    const page = `<p>${'Assess symptoms over the phone with our protocols and guide patients to the right care. '.repeat(14)}</p>`;
    const merged = mergeSources([
      { fields: { descriptionText: summary }, source: 'jsonld', confidence: 0.95, detail: 'JSON-LD' },
      {
        fields: { descriptionText: page },
        source: 'heuristic',
        confidence: 0.55,
        detail: 'densest text block',
      },
    ]);
    expect(merged.fields.descriptionText).toBe(page);
  });
});
