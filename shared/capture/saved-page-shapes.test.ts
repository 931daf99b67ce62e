import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { parseLocations } from './normalize/location.ts';

/** Pages as people save them (SingleFile, reader view) and as enterprise ATSs render them. */
const now = () => new Date('2026-01-15T00:00:00Z');
const BODY = `<div class="description"><p>${'Keep the packaging lines running, plan preventive maintenance and fix faults. '.repeat(6)}</p></div>`;
const read = (html: string, url = 'https://careers.example.test/jobs/31') =>
  extractJob(parseHTML(html).document, url, { now, adapters: [] }).fields;

describe('a page saved with its optional tags left out (SingleFile)', () => {
  it('is read whole, with an icon emoji before a chip and a town with its province in brackets', () => {
    const f =
      read(`<!DOCTYPE html> <html lang=es><meta charset=utf-8><title>Técnico/a de mantenimiento – Paterna | Trabaja con nosotros · Envases Turia</title>
      <style>.x{}</style><body><main><h1>Técnico/a de mantenimiento</h1><ul class=etiquetas><li>📍 Paterna (Valencia)</li></ul>${BODY}</main></body></html>`);
    expect(f.title).toBe('Técnico/a de mantenimiento');
    expect(f.locations?.[0]?.raw).toBe('Paterna (Valencia)');
  });
});

describe('facts and chips around the title', () => {
  it("ends a label's value at its line break, so the next label is not the value", () => {
    const f = read(`<html><body><h1>Transit Scheduling Analyst</h1><p><strong>Job ID:</strong> 2025-117<br>
      <strong>Location:</strong> Kitchener, ON<br><strong>Posting closes:</strong> March 28, 2025</p>${BODY}</body></html>`);
    expect(f.locations?.[0]).toMatchObject({ city: 'Kitchener', country: 'CA' });
  });

  it('reads a list of chips right after the header block, and a "Job Schedule" fact', () => {
    const f =
      read(`<html><body><div class="offer-header"><img src="l.png" alt=""><div><h1>Assistant commercial export</h1>
      <a href="/e/verdier">Maison Verdier</a></div></div><ul class="tags"><li>CDI</li><li>Temps plein</li><li>Lyon (69)</li></ul>${BODY}</body></html>`);
    expect(f.employmentType).toBe('full_time');
    const oracle = read(
      `<html><body><h1>Financial Analyst</h1><ul><li><span class="t">Job Schedule</span><span class="v">Part time</span></li></ul>${BODY}</body></html>`,
    );
    expect(oracle.employmentType).toBe('part_time');
  });
});

describe("an enterprise ATS page's weight", () => {
  it('takes no arrangement from an i18n table, nor pay from a "recent jobs" list or a page of results', () => {
    const f =
      read(`<html><body><script>window.app = {"i18n":{"remoteType":"remote type","remote":"Remote","hybrid":"Hybrid"}};</script>
      <ul role="list" aria-label="Page 1 of 20"><li><h3>Telehealth Nurse - Remote</h3><p>$41 - $52 per hour</p></li></ul>
      <h1>Store Manager</h1>${BODY}<h2>Recently viewed jobs</h2><ul class="recent-jobs"><li><span class="job-title">Sales Assistant</span>
      <span class="job-salary">£12.21 per hour</span></li></ul></body></html>`);
    expect(f.workType).toBeUndefined();
    expect(f.salary).toBeUndefined();
  });
});

describe('an Australian state code after a well-known city', () => {
  it('reads "Perth WA" as Western Australia and "Seattle, WA" as Washington', () => {
    expect(parseLocations('Malaga, Perth WA')[0]).toMatchObject({ region: 'WA', country: 'AU' });
    expect(parseLocations('Seattle, WA')[0]).toMatchObject({ region: 'WA', country: 'US' });
    expect(parseLocations('Hamburg, NY')[0]).toMatchObject({ region: 'NY', country: 'US' });
    // A suburb before a well-known city: the city's country.
    expect(parseLocations('Te Aro, Wellington')[0]).toMatchObject({ city: 'Te Aro', country: 'NZ' });
    expect(parseLocations('Paris, Texas')[0]).toMatchObject({ region: 'TX', country: 'US' });
  });
});

describe('the generic reader on a classic Greenhouse page, with no adapter', () => {
  const page = `<html><head><title>Job Application for Account Executive at Tollgate Software</title></head><body>
    <div id="header"><h1 class="app-title">Account Executive</h1><span class="company-name">at Tollgate Software</span></div>
    <div class="section"><h2>Employment Type</h2><p>Part time</p></div><div class="section"><h2>Location</h2><p>Austin, TX</p></div>
    <div id="content"><p>${'Sell to small businesses and run demos for owners. '.repeat(6)}</p>
    <p>Read about our <a href="https://handbook.tollgate.example/handbook/company/culture/inclusion/">resource groups</a>.</p></div></body></html>`;
  it('names the company without its "at", reads facts under small h2 labels, and takes no employer from a handbook link', () => {
    const f = read(page, 'file:///saved/tollgate.html');
    expect(f.company).toBe('Tollgate Software');
    expect(f.employmentType).toBe('part_time');
    expect(f.locations?.[0]).toMatchObject({ city: 'Austin', region: 'TX' });
  });
});
