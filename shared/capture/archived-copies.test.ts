import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { addressOfSavedFile, originalOfCopy } from './archived-copy.ts';
import { extractJob } from './extract.ts';

/** Copies of postings: archives, mirrors, saved files, print views, single-page-app shells. */
const now = () => new Date('2026-01-15T00:00:00Z');
const doc = (html: string) => parseHTML(html).document;
const BODY = `<div class="description"><p>${'Dispense prescriptions and help customers with advice in a busy pharmacy. '.repeat(6)}</p></div>`;

describe('an archived copy', () => {
  it("finds the posting's own address in the archive's address, or in archive.today's header", () => {
    const wayback = new URL('https://web.archive.org/web/20230412093011/https://jobs.lever.co/acme/5b1e7c2a');
    expect(originalOfCopy(doc('<html></html>'), wayback)?.href).toBe('https://jobs.lever.co/acme/5b1e7c2a');
    const short =
      doc(`<html><head><meta itemprop="url" content="https://archive.ph/2024.03.12-142209/https://jobs.lever.co/quillstack/5b1e"></head>
      <body><table><tr><td>Saved from</td><td><input type="text" readonly value="https://jobs.lever.co/quillstack/5b1e"></td></tr></table></body></html>`);
    expect(originalOfCopy(short, new URL('https://archive.ph/Xq7Lm'))?.hostname).toBe('jobs.lever.co');
    expect(originalOfCopy(short, new URL('https://jobs.example.test/1'))).toBeNull();
  });

  it('is read as the posting it copies: its ATS reference and canonical address are the original', () => {
    const job = extractJob(
      doc(`<html><body><h1>Customer Success Manager</h1>${BODY}</body></html>`),
      'https://web.archive.org/web/20230412093011/https://jobs.lever.co/acme/5b1e7c2a-90d4-4f3b-a8e2-71c0d2f4e913',
      { now },
    );
    expect(job.canonicalUrl).toContain('jobs.lever.co/acme/5b1e7c2a');
    expect(job.ats?.ats).toBe('lever');
  });
});

describe('a live page that claims to be a copy', () => {
  it('keeps its own address: an archive header, a microdata address or a "saved from" comment change nothing', () => {
    const claims = doc(`<!-- saved from url=(0040)https://jobs.lever.co/other/5b1e7c2a -->
      <html><head><meta itemprop="url" content="https://archive.ph/2024.03.12-142209/https://jobs.lever.co/other/5b1e"></head>
      <body><input type="text" readonly value="https://jobs.lever.co/other/5b1e"><h1>Platform Engineer</h1>${BODY}</body></html>`);
    const job = extractJob(claims, 'https://careers.attacker.example/jobs/9', { now });
    expect(job.canonicalUrl).toContain('careers.attacker.example/jobs/9');
    expect(job.ats).toBeNull();
  });
});

describe('a saved file', () => {
  it('names the site it was saved from, whose country gives a bare "$" its currency', () => {
    const page = `<!-- Mirrored from careers.brightwell.example.com.au/jobs/4471/ by HTTrack Website Copier/3.x -->
      <html><body><h1>Dispensary Technician</h1><ul><li class="job-pay">$32.40 – $35.10 per hour</li></ul>${BODY}</body></html>`;
    expect(addressOfSavedFile(doc(page))?.hostname).toBe('careers.brightwell.example.com.au');
    const job = extractJob(doc(page), 'file:///home/me/jobs/dispensary.html', { now, adapters: [] });
    expect(job.fields.salary).toMatchObject({ min: 32.4, max: 35.1, currency: 'AUD', period: 'HOUR' });
  });

  it('reads a print view: the job h1 the title opens with, and the employer without the print mark', () => {
    const job = extractJob(
      doc(`<html><head><title>Civil Engineer II | Job Details | Kestrel County - Print</title></head><body>
        <h1>Kestrel County</h1><h1>Civil Engineer II</h1>${BODY}</body></html>`),
      'file:///tmp/print.html',
      { now, adapters: [] },
    );
    expect(job.fields.title).toBe('Civil Engineer II');
    expect(job.fields.company).toBe('Kestrel County');
  });
});

describe('facts and lists outside English', () => {
  it('reads "Statut :" with its French space, and takes no pay from "Ofertas similares" when the pay fact has no figure', () => {
    const fr = extractJob(
      doc(
        `<html><body><h1>Comptable principal(e)</h1><table><tr><td>Statut :</td><td>Permanent, temps plein</td></tr></table>${BODY}</body></html>`,
      ),
      'https://emplois.example.ca/offre/1',
      { now, adapters: [] },
    );
    expect(fr.fields.employmentType).toBe('full_time');
    const es = extractJob(
      doc(`<html><body><h1>Enfermero/a de quirófano</h1><ul><li><b>Salario</b>Según convenio</li></ul>${BODY}
        <section><h4>Ofertas similares</h4><ul><li><a href="/o/2">Enfermero/a UCI · Valencia · 1.950 € - 2.300 € brutos/mes</a></li></ul></section></body></html>`),
      'https://www.trabajos.example.es/oferta/88213',
      { now, adapters: [] },
    );
    expect(es.fields.salary).toBeUndefined();
  });
});

describe("a single-page app's shell", () => {
  it('reads the first place of a "locations" list in the app state', () => {
    const state = JSON.stringify({
      job: {
        title: 'Backend Engineer (Go)',
        description: 'Build and run the services behind our booking platform. '.repeat(6),
        locations: [{ city: 'Rotterdam', country: 'NL', label: 'Rotterdam, Netherlands' }],
        company: { name: 'Havenlicht' },
      },
    });
    const job = extractJob(
      doc(
        `<html><body><div id="app"></div><script id="__APP_STATE__" type="application/json">${state}</script></body></html>`,
      ),
      'https://werkenbij.havenlicht.example/jobs/backend-engineer-go',
      { now, adapters: [] },
    );
    expect(job.fields.locations?.[0]).toMatchObject({ city: 'Rotterdam', country: 'NL' });
  });
});
