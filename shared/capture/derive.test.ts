import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';

const now = () => new Date('2026-01-15T00:00:00Z');

describe('values derived from the description', () => {
  it('a fixed-term contract in the text makes a full-time posting temporary', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lab Technician',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Quarrybank Labs' },
      description: `<p>${'You will prepare soil samples and run the spectrometer. '.repeat(8)}</p><p>We offer a fixed-term contract for 12 months, covering a sabbatical.</p>`,
    });
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Lab Technician</h1></body></html>`,
    );
    const job = extractJob(document, 'https://quarrybank.example/jobs/7', { now, adapters: [] });
    expect(job.fields.employmentType).toBe('temporary');
    expect(job.provenance.employmentType?.detail).toMatch(/fixed-term/);
  });

  it('a fixed term in the facts beside the posting makes JSON-LD full-time temporary', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Finance Assistant',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Tollgate Ceramics' },
      description: `<p>${'Process supplier invoices and run the weekly payment run. '.repeat(8)}</p>`,
    });
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Finance Assistant</h1><dl><dt>Department</dt><dd>Finance</dd><dt>Employment type</dt><dd>Fixed term (12 months)</dd></dl></body></html>`,
    );
    const job = extractJob(document, 'https://tollgate.example/jobs/3', { now, adapters: [] });
    expect(job.fields.employmentType).toBe('temporary');
    expect(job.provenance.employmentType?.detail).toMatch(/facts beside the posting|term\/definition pair/);
  });

  it('a student placement year tagged full-time is an internship', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Quality Engineering Placement',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Penhallow Castings' },
      description: `<p>${'Audit the foundry line and write up the defect reports each week. '.repeat(6)}</p><p>This is a placement year for undergraduates on a sandwich course.</p>`,
    });
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Quality Engineering Placement</h1></body></html>`,
    );
    const job = extractJob(document, 'https://penhallow.example/jobs/12', { now, adapters: [] });
    expect(job.fields.employmentType).toBe('internship');
  });

  it('a fixed-term contract is temporary where no other type is stated', () => {
    const { document } = parseHTML(`<html><head><title>Archive Assistant</title></head><body>
      <main><h1>Archive Assistant</h1><div class="job-body"><p>${'Catalogue the estate papers and answer reading-room requests. '.repeat(5)}</p>
      <p>This is a 10-month fixed-term post while the archive is rehoused.</p></div></main></body></html>`);
    const job = extractJob(document, 'https://jobs.hollinsfield.example/archive', { now, adapters: [] });
    expect(job.fields.employmentType).toBe('temporary');
  });

  it('a Contract tag on a fixed-term contract of employment is temporary, not a contractor', () => {
    const ld = (description: string) =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Payroll Analyst',
        employmentType: 'CONTRACTOR',
        hiringOrganization: { name: 'Glenvarra Dairies' },
        description: `<p>${'Reconcile the weekly payroll runs for our three creameries. '.repeat(6)}</p><p>${description}</p>`,
      });
    const read = (description: string) => {
      const { document } = parseHTML(
        `<html><head><script type="application/ld+json">${ld(description)}</script></head><body><h1>Payroll Analyst</h1></body></html>`,
      );
      return extractJob(document, 'https://glenvarra.example/jobs/4', { now, adapters: [] }).fields
        .employmentType;
    };
    expect(read('This is a specified purpose contract; you join our payroll as an employee.')).toBe(
      'temporary',
    );
    expect(read('A fixed-term contract for 9 months: you would work as an independent contractor.')).toBe(
      'contract',
    );
    expect(read('A 6-month contract, invoiced monthly.')).toBe('contract');
  });

  it('does not take the arrangement from the page’s list of other postings', () => {
    const { document } = parseHTML(`<html><head><title>Stores Planner</title></head><body>
      <main><h1>Stores Planner</h1><div class="job-body"><p>${'Plan deliveries of spare parts to our three depots and keep the stock counts honest. '.repeat(5)}</p></div>
      <section class="openings"><h2>Other jobs at Millbrook</h2><ul>
        <li><a href="/jobs/2">Data Engineer</a><span>Fully remote (UK)</span></li></ul></section></main></body></html>`);
    const job = extractJob(document, 'https://careers.millbrook.example/jobs/1', { now, adapters: [] });
    expect(job.fields.descriptionText).toContain('spare parts');
    expect(job.fields.workType).toBeUndefined();
  });
  it('lets the text correct a type tag: permanent hours, a locum contractor, a summer programme', () => {
    const read = (employmentType: string, sentence: string) => {
      const ld = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Ward Clerk',
        employmentType,
        hiringOrganization: { name: 'Pennock Care' },
        description: `<p>${'Keep the ward rota and admissions records up to date. '.repeat(6)}</p><p>${sentence}</p>`,
      });
      const { document } = parseHTML(
        `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Ward Clerk</h1></body></html>`,
      );
      return extractJob(document, 'https://pennock.example/jobs/3', { now, adapters: [] }).fields
        .employmentType;
    };
    expect(read('FULL_TIME', 'This is a permanent, part-time role: 18 hours over three days.')).toBe(
      'part_time',
    );
    expect(read('TEMPORARY', 'You would work as an independent contractor (1099) for the block.')).toBe(
      'contract',
    );
    expect(read('TEMPORARY', 'Our Summer Associate Program runs for ten weeks.')).toBe('internship');
  });

  it('lets a labelled arrangement fact outrank JSON-LD TELECOMMUTE, and a role sentence outrank both', () => {
    const read = (fact: string, sentence: string) => {
      const ld = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Customs Clerk',
        jobLocationType: 'TELECOMMUTE',
        hiringOrganization: { name: 'Talbruck Spedition' },
        jobLocation: { address: { addressLocality: 'Munich', addressCountry: 'DE' } },
        description: `<p>${'Prepare import and export declarations and check origin documents. '.repeat(6)}</p><p>${sentence}</p>`,
      });
      const { document } = parseHTML(
        `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Customs Clerk</h1><dl><dt>Location</dt><dd>Munich, Germany</dd><dt>Work arrangement</dt><dd>${fact}</dd></dl></body></html>`,
      );
      const job = extractJob(document, 'https://talbruck.example/jobs/5', { now, adapters: [] });
      return [job.fields.workType, job.provenance.workType?.detail];
    };
    expect(read('Hybrid', 'We clear goods for our customers.')).toEqual(['hybrid', 'term/definition pair']);
    expect(read('Remote', 'We clear goods for our customers.')[0]).toBe('remote');
    expect(read('Hybrid', 'This role is fully remote.')[0]).toBe('remote');
  });
});
