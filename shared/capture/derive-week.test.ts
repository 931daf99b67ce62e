import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

const page = (table: string, ldWorkType = '') => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Accounts Assistant',
    hiringOrganization: { name: 'Fernhill Books' },
    ...(ldWorkType ? { jobLocationType: ldWorkType } : {}),
    description: `<p>${'Reconcile the bank feeds and chase the receipts nobody wants to find. '.repeat(6)}</p>`,
  });
  return parseHTML(
    `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Accounts Assistant</h1>${table}
    <section class="other-jobs"><h2>Other openings</h2><ul><li><a href="/j/2">Payroll Lead</a> Remote</li></ul></section></body></html>`,
  ).document;
};

const WEEK = `<p>Your week</p><table><tr><th>Day</th><th>Where</th></tr>
  <tr><td>Mon</td><td>Office, Quay Street</td></tr><tr><td>Tue</td><td>Home</td></tr>
  <tr><td>Wed</td><td>Office, Quay Street</td></tr></table>`;

describe("a table of the role's week", () => {
  it('gives the arrangement where nothing else states one', () => {
    const job = extractJob(page(WEEK), 'https://fernhill.example/jobs/5', { now, adapters: [] });
    expect(job.fields.workType).toBe('hybrid');
    expect(job.provenance.workType?.detail).toBe('a table of the week');
  });

  it('outranks structured data that says otherwise', () => {
    const job = extractJob(page(WEEK, 'TELECOMMUTE'), 'https://fernhill.example/jobs/5', {
      now,
      adapters: [],
    });
    expect(job.fields.workType).toBe('hybrid');
  });
});
