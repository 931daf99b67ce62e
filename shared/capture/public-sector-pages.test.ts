import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { parseEmploymentType } from './normalize/employment.ts';
import { parseSalary } from './normalize/salary.ts';

/** Public employers' pages: facts in tables and label/value lines, titles in cells, scales with "up to". */
const now = () => new Date('2026-01-15T00:00:00Z');
const BODY = `<div class="jobDescription"><p>${'Plan and deliver lessons, assess progress and work with families. '.repeat(6)}</p></div>`;
const read = (body: string, title = 'Jobs') =>
  extractJob(
    parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document,
    'https://jobs.district.example/posting/1482',
    { now, adapters: [] },
  ).fields;

describe('a school district board with no heading', () => {
  it('takes the title from the breadcrumb step printed again in its cell, and the facts past their line breaks', () => {
    const f = read(
      `<header><img class="logo" src="/logo.png" alt="Cedar Ridge Unified School District"></header><p class="breadcrumb"><a href="/">All Jobs</a> &gt; <a href="?c=1">Elementary</a> &gt; Grade 3 Teacher</p>
      <table class="title"><tr><td class="title">Grade 3 Teacher</td><td>JobID: 1482</td></tr></table>
      <ul><li><span class="label">Location:</span><br><span class="normal">Oak Hollow Elementary</span></li></ul>${BODY}`,
      'Cedar Ridge Unified School District - Online Employment Application - Job Postings',
    );
    expect(f.title).toBe('Grade 3 Teacher');
    expect(f.locations?.[0]?.raw).toBe('Oak Hollow Elementary');
  });
});

describe('facts in a public posting', () => {
  it('names the employer from its row, reads "Télétravail: Non" as on-site and "Temps complet" as full-time', () => {
    const f = read(
      `<h1>Bibliothécaire jeunesse (H/F)</h1><table>
      <tr><th>Employeur</th><td>Ville de Montravel<br>Hôtel de Ville, 37290 Montravel</td></tr>
      <tr><th>Temps de travail</th><td>Temps complet (35h hebdomadaires)</td></tr>
      <tr><th>Télétravail</th><td>Non</td></tr></table>${BODY}`,
      'Bibliothécaire jeunesse (H/F) - Portail emploi',
    );
    expect(f.company).toBe('Ville de Montravel');
    expect(f.workType).toBe('onsite');
    expect(f.employmentType).toBe('full_time');
  });

  it('names a public body in full from an "Employer name" heading, over the job site\'s brand in the title', () => {
    const f = read(
      `<h1>Specialist Physiotherapist</h1><h4>Employer name</h4><p>Wolds and Marsh Community Health NHS Trust</p>${BODY}`,
      'Specialist Physiotherapist | NHS Jobs',
    );
    expect(f.company).toBe('Wolds and Marsh Community Health NHS Trust');
  });

  it('reads a programme type as the employment type, and names the employer before a graduate board in the title', () => {
    const f = read(
      `<h1>Engineering Maintenance Apprentice</h1><h2>About Kestrel Precision Components</h2><dl><dt>Programme type</dt><dd>Vacation scheme (paid internship)</dd></dl>${BODY}`,
      'Engineering Maintenance Apprentice - Kestrel Precision Components | Prospects.ac.uk',
    );
    expect(f.employmentType).toBe('internship');
    const board = extractJob(
      parseHTML(
        `<html><head><title>Engineering Maintenance Apprentice - Kestrel Precision Components | Prospects.ac.uk</title><meta property="og:site_name" content="Prospects.ac.uk"></head><body><h1>Engineering Maintenance Apprentice</h1>${BODY}</body></html>`,
      ).document,
      'https://www.prospects.ac.uk/employer-profiles/kestrel-precision-components-28811/jobs/apprentice-4419023',
      { now, adapters: [] },
    ).fields;
    expect(board.company ?? '').not.toMatch(/prospects/i);
  });

  it('reads the value a colon label gives before the sentence explaining it', () => {
    const f =
      read(`<h1>Administrative Officer</h1><div class="post"><p><strong>Working hours:</strong> 0.5 WTE – 17.5 hours
      per week, worked Monday to Friday across mornings, to be agreed with the Outpatients Services Manager.</p></div>${BODY}`);
    expect(f.employmentType).toBe('part_time');
  });

  it('names an organisation printed before the place under the title, when the page names it again', () => {
    const f =
      read(`<h1>Administrative Officer</h1><p class="sub">Midlands Regional Health Area – St. Brigid's Hospital, Tullamore</p>
      <table><tr><th>Location</th><td>St. Brigid's Hospital, Tullamore</td></tr></table>${BODY}
      <p>The Midlands Regional Health Area is an equal opportunities employer.</p>`);
    expect(f.company).toBe('Midlands Regional Health Area');
  });
});

describe('public pay scales and hours words', () => {
  it('reads a scale written "X up to Y" and French full-time and part-time hours', () => {
    expect(parseSalary('$62,453.00 up to $79,206.00 per year')).toMatchObject({ min: 62_453, max: 79_206 });
    expect(parseEmploymentType('Temps complet')).toBe('full_time');
    expect(parseEmploymentType('Temps non complet (17h30)')).toBe('part_time');
  });
});
