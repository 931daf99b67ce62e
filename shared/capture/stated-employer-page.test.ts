import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const DUTIES = '<li>Fit and service hearing aids for walk-in and booked patients at the clinic</li>'.repeat(
  6,
);

describe('a trading name printed outside the description', () => {
  it('names the brand, not the legal holding the board shows', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Hearing Care Assistant',
      hiringOrganization: { '@type': 'Organization', name: 'Wrenfield Holdings LLC' },
      description: `<ul>${DUTIES}</ul>`,
    };
    const { document } = parseHTML(
      `<!doctype html><html><head><title>Hearing Care Assistant</title>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <section class="company"><p>Wrenfield Holdings LLC d/b/a Quietbrook Hearing runs nine clinics in Vermont.</p></section>
      <h1>Hearing Care Assistant</h1><section class="job-description"><ul>${DUTIES}</ul></section></body></html>`,
    );
    const job = extractJob(document as unknown as Document, 'https://jobs.example-ats.com/wrenfield/123', {
      now,
    });
    expect(job.fields.company).toBe('Quietbrook Hearing');
  });
});

describe("a board's brand as the site name of a saved page", () => {
  it('is not the company, even with no address to say which board it is', () => {
    const { document } = parseHTML(
      `<!doctype html><html><head><title>Barista (H/F) - Café Lune - Welcome to the Jungle</title>
      <meta property="og:site_name" content="Welcome to the Jungle"></head><body>
      <h1>Barista (H/F)</h1><a class="company-link" href="/fr/companies/cafe-lune">Café Lune</a>
      <section class="job-description"><ul>${DUTIES}</ul></section></body></html>`,
    );
    const job = extractJob(document as unknown as Document, 'file:///saved/barista.html', { now });
    expect(job.fields.company).not.toBe('Welcome to the Jungle');
  });
});
