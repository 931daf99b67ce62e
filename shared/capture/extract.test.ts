import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';
import { hugePageHtml } from './testkit/huge-page.ts';
import type { SiteAdapter } from './types.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const doc = (html: string) => parseHTML(html).document;

describe('extractJob', () => {
  it('flags a page that is no posting, keeping whatever it found for the manual form', () => {
    const d = doc(
      '<html><head><title>Acme — Blog</title><meta property="og:site_name" content="Acme"></head><body><h1>Our 2025 offsite</h1><p>We went hiking.</p></body></html>',
    );
    const job = extractJob(d, 'https://acme.example/blog/offsite', { now });
    expect(job.isPosting).toBe(false);
    expect(job.gaps).toContain('posting');
    expect(job.fields.company).toBe('Acme');
    expect(job.gaps).toEqual(expect.arrayContaining(['salary', 'locations', 'descriptionText']));
  });

  it('prefers JSON-LD over an adapter over generic reading, and records each source', () => {
    const adapter: SiteAdapter = {
      id: 'test',
      matches: (u) => u.hostname === 'board.example',
      extract: () => ({
        fields: { title: 'Adapter title', locations: [{ raw: 'Adapter City' }] },
        posting: true,
      }),
    };
    // (the same job, the page's heading adding the arrangement: structured data about another job is not read)
    const d = doc(`<html><head><title>Backend Engineer (Remote) | Board</title>
      <script type="application/ld+json">{"@type":"JobPosting","title":"Backend Engineer","hiringOrganization":{"name":"LD Co"}}</script>
      </head><body><h1>Backend Engineer (Remote)</h1><div class="job-location">Generic City, Spain</div></body></html>`);
    const job = extractJob(d, 'https://board.example/j/1', { now, adapters: [adapter] });
    expect(job.fields.title).toBe('Backend Engineer');
    expect(job.provenance.title).toMatchObject({ source: 'jsonld' });
    expect(job.fields.locations?.[0]?.raw).toBe('Adapter City');
    expect(job.provenance.locations).toMatchObject({ source: 'adapter', detail: 'adapter:test' });
    expect(job.adapter).toBe('test');
    expect(job.isPosting).toBe(true);
  });

  it('reads a plain career page with no structured data (generic fallback)', () => {
    const d = doc(`<html><head><title>Backend Engineer – Quillo</title></head><body>
      <header><img class="logo" alt="Quillo logo"></header>
      <main><h1>Backend Engineer</h1><div class="meta"><span>Engineering</span><span>Hybrid (Lisbon, Portugal)</span><span>Full-time</span></div>
      <div class="content"><h2>About the role</h2><p>You will design APIs, scale our Postgres cluster, and mentor engineers.</p>
      <h2>Requirements</h2><ul><li>4+ years of experience with Node.js in production</li><li>Solid SQL, ideally PostgreSQL at scale</li></ul>
      <h2>Nice to have</h2><ul><li>Experience with Kafka or another event streaming platform</li></ul>
      <p>The salary range for this role is €55,000 - €70,000 per year, plus equity and benefits.</p></div></main></body></html>`);
    const job = extractJob(d, 'https://quillo.example/careers/backend-engineer', { now });
    expect(job.fields).toMatchObject({
      title: 'Backend Engineer',
      company: 'Quillo',
      workType: 'hybrid',
      employmentType: 'full_time',
      salary: { min: 55_000, max: 70_000, currency: 'EUR', period: 'YEAR' },
    });
    expect(job.fields.locations?.[0]).toMatchObject({ country: 'PT' });
    expect(job.fields.requirements?.required).toEqual([
      '4+ years of experience with Node.js in production',
      'Solid SQL, ideally PostgreSQL at scale',
    ]);
    expect(job.fields.requirements?.preferred).toEqual([
      'Experience with Kafka or another event streaming platform',
    ]);
    expect(job.isPosting).toBe(true);
    expect(job.provenance.salary?.confidence).toBeLessThan(0.8);
  });

  it('identifies the job: canonical URL, ATS id and fuzzy key', () => {
    const d = doc(
      '<html><head><title>Job Application for SRE at Acme</title></head><body><div class="job__title"><h1>SRE</h1><div class="job__location">Remote (US)</div></div></body></html>',
    );
    const job = extractJob(d, 'https://job-boards.greenhouse.io/acme/jobs/123456?gh_src=li', { now });
    expect(job.canonicalUrl).toBe('https://job-boards.greenhouse.io/acme/jobs/123456');
    expect(job.ats).toEqual({ ats: 'greenhouse', id: '123456', board: 'acme' });
    expect(job.fuzzyKey).toBe('acme|sre|us');
    expect(job.fields.workType).toBe('remote');
  });

  it('finishes a 5 MB page with bounded work and still finds the posting', () => {
    const html = hugePageHtml();
    expect(html.length).toBeGreaterThan(5_000_000);
    const d = doc(html);
    // The capture benchmark prints how long this takes; a timed test would flake on a busy machine.
    const job = extractJob(d, 'https://hugeco.example/jobs/platform-engineer', { now });
    expect(job.fields.title).toBe('Platform Engineer');
    expect(job.fields.salary).toMatchObject({ min: 70_000, max: 90_000, currency: 'EUR' });
    expect(job.fields.descriptionHtml!.length).toBeLessThan(200_000);
  }, 60_000);
});

describe('extractJob title choice', () => {
  it('does not take a generic "Careers" banner h1 as the title', () => {
    const d = doc(`<html><head><title>Payments Engineer | Careers | Lattice Pay</title></head><body>
      <h1>Careers</h1><h2>Payments Engineer</h2><p>London, UK</p></body></html>`);
    const job = extractJob(d, 'https://latticepay.example/careers/payments-engineer', { now });
    expect(job.fields.title).toBe('Payments Engineer');
    expect(job.fields.company).toBe('Lattice Pay');
  });
});

describe('extractJob fallbacks inside the description', () => {
  it('reads "Location:" and "Job type:" lines and a pay range printed outside the description', () => {
    const d = doc(`<html><head><title>Support Engineer - Brindle</title></head><body>
      <main><h1>Support Engineer</h1>
      <div class="job-description"><p>Brindle makes invoicing software for plumbers and electricians across Ireland and the UK.</p>
      <p>Location: Cork, Ireland</p><p>Job type: Part-time</p>
      <p>You will answer customer questions, reproduce bugs and write clear help-centre articles for our users.</p></div>
      <aside class="sidebar"><p>Salary range €38,000 - €44,000 per year</p></aside></main></body></html>`);
    const job = extractJob(d, 'https://brindle.example/jobs/support-engineer', { now });
    expect(job.fields.locations?.[0]).toMatchObject({ city: 'Cork', country: 'IE' });
    expect(job.fields.employmentType).toBe('part_time');
    expect(job.fields.salary).toMatchObject({ min: 38_000, max: 44_000, currency: 'EUR', period: 'YEAR' });
    expect(job.provenance.locations?.source).toBe('heuristic');
  });
});

describe('extractJob title from <title> only', () => {
  it('drops the location and brand segments of "Title | Place | Brand"', () => {
    const d =
      doc(`<html><head><title>Payments Engineer, Risk | Austin, Texas, United States | Lattice Pay</title></head>
      <body><div id="app"></div></body></html>`);
    const job = extractJob(d, 'https://jobs.latticepay.example/careers/job/123', {
      now,
      noReadability: true,
    });
    expect(job.fields.title).toBe('Payments Engineer, Risk');
    expect(job.fields.company).toBe('Lattice Pay');
  });
});

describe('extractJob Readability fallback (linkedom DOM)', () => {
  it('uses Readability when no named block or paragraphs hold the description', () => {
    const line = (s: string) => `<div>${s}</div>`;
    const body = [
      'Kelp Works farms seaweed off the coast of Maine, and we are hiring our first operations analyst.',
      'You will model harvest yields, plan boat schedules, and report to the founders every week on progress.',
      'We value people who like spreadsheets, weather data, and early mornings on the water, rain or shine.',
      'The job includes travel between our two harbours, so a driving licence is needed for this position.',
    ]
      .map(line)
      .join('<br>');
    const d = doc(`<html><head><title>Operations Analyst - Kelp Works</title></head><body>
      <div id="page"><div class="top"><div>Operations Analyst</div></div><div class="body">${body}${body}</div></div></body></html>`);
    const job = extractJob(d, 'https://kelpworks.example/jobs/ops-analyst', { now });
    expect(job.provenance.descriptionText?.source).toBe('readability');
    expect(job.fields.descriptionText).toContain('model harvest yields');
    expect(job.fields.descriptionHtml).not.toContain('<script');
  });
});

describe('extractJob currency of a bare "$"', () => {
  it('reads "$" as the local dollar for a job in Canada', () => {
    const d = doc(`<html><head><title>QA Analyst | Maplewood</title></head><body><h1>QA Analyst</h1>
      <div class="job-location">Toronto, ON</div>
      <div class="job-description"><p>Maplewood builds scheduling software for dental clinics across Ontario and Quebec provinces.</p>
      <p>The salary range for this role is $70,000 - $80,000 per year, depending on experience and skills.</p>
      <p>You will write test plans, automate regression suites in Playwright and pair with developers daily.</p></div></body></html>`);
    const job = extractJob(d, 'https://maplewood.example/careers/qa', { now });
    expect(job.fields.salary).toMatchObject({ min: 70_000, max: 80_000, currency: 'CAD' });
  });
});

describe('extractJob on degenerate input', () => {
  it.each([
    ['empty document', ''],
    ['text only', 'just some text'],
    [
      'broken markup',
      '<html><head><script type="application/ld+json">{"@type":"JobPosting",</script></head><body><div><p>unclosed',
    ],
    ['no body', '<html><head><title>x</title></head></html>'],
  ])('%s returns a flagged draft instead of throwing', (_name, html) => {
    const job = extractJob(doc(html), 'not a url', { now });
    expect(job.isPosting).toBe(false);
    expect(job.gaps).toContain('posting');
    expect(job.canonicalUrl).toBe('not a url');
  });
});

describe('extractJob description spread over sibling blocks', () => {
  it('keeps the requirements block that sits beside the named description', () => {
    const para = 'We are a small team building tools that help farmers plan irrigation across dry seasons. ';
    const d =
      doc(`<html><head><title>Field Engineer - Rainplan</title></head><body><main><h1>Field Engineer</h1>
      <div class="details"><div class="job-description"><p>${para.repeat(6)}</p></div>
      <div class="job-requirements"><h3>Requirements</h3><ul><li>Experience installing sensors in the field</li><li>A valid driving licence</li></ul></div></div>
      <section class="related"><h3>Other jobs</h3><ul><li>Sales lead</li></ul></section></main></body></html>`);
    const job = extractJob(d, 'https://rainplan.example/jobs/field-engineer', { now });
    expect(job.fields.descriptionText).toContain('A valid driving licence');
    expect(job.fields.requirements?.required).toContain('Experience installing sensors in the field');
    expect(job.fields.descriptionText).not.toContain('Other jobs');
  });
});

describe('generic reading on boards without an adapter', () => {
  const page = (head: string, body: string) =>
    doc(
      `<html><head>${head}</head><body>${body}<div class="description"><p>${'We build tools for farmers, and we ship every week. '.repeat(8)}</p><h3>Requirements</h3><ul><li>Three years of TypeScript in production</li></ul></div></body></html>`,
    );

  it("never takes the board's own brand for the employer", () => {
    const d = page(
      '<title>Data Analyst - Fenwick Farms</title><meta property="og:site_name" content="JOIN">',
      '<img src="/join-logo.svg" alt="JOIN"><span class="company-name">Fenwick Farms</span><h1>Data Analyst</h1>',
    );
    const job = extractJob(d, 'https://join.com/companies/fenwick/123-data-analyst', { now, adapters: [] });
    expect(job.fields.company).toBe('Fenwick Farms');
  });

  it('knows a board by its site name when the saved page has no address', () => {
    const d = page(
      '<title>Data Analyst Job in Leeds - SEEK</title><meta property="og:site_name" content="SEEK Australia">',
      '<h1>Data Analyst</h1><span data-automation="advertiser-name">Fenwick Farms</span>',
    );
    const job = extractJob(d, 'file:///saved/job.html', { now, adapters: [] });
    expect(job.fields.company).toBe('Fenwick Farms');
  });

  it('reads facts printed as a small heading over a value, and not the label as a value', () => {
    const d = page(
      '<title>Data Analyst | Fenwick Farms</title>',
      '<h1>Data Analyst</h1><section class="x"><div><h3>Remote work policy</h3><div>In office</div></div><div><h3>Job type</h3><div>Part Time</div></div></section>',
    );
    const job = extractJob(d, 'https://fenwickfarms.example/jobs/analyst', { now, adapters: [] });
    expect(job.fields.workType).toBe('onsite');
    expect(job.fields.employmentType).toBe('part_time');
  });

  it('reads the arrangement from its own title segment, not from a job name', () => {
    const remote = page(
      '<title>Platform Engineer (Remote) | Fenwick Farms</title>',
      '<h1>Platform Engineer (Remote)</h1>',
    );
    expect(
      extractJob(remote, 'https://fenwickfarms.example/jobs/1', { now, adapters: [] }).fields.workType,
    ).toBe('remote');
    const job = page(
      '<title>Remote Sensing Engineer | Fenwick Farms</title>',
      '<h1>Remote Sensing Engineer</h1>',
    );
    expect(
      extractJob(job, 'https://fenwickfarms.example/jobs/2', { now, adapters: [] }).fields.workType,
    ).toBeUndefined();
  });

  it('takes a bare "Remote" chip as the location only when no place is shown', () => {
    const only = page(
      '<title>Editor | Fenwick Farms</title>',
      '<h1>Editor</h1><ul><li>Remote</li><li>Full-time</li></ul>',
    );
    expect(
      extractJob(only, 'https://fenwickfarms.example/jobs/3', { now, adapters: [] }).fields.locations,
    ).toEqual([{ raw: 'Remote' }]);
    const both = page(
      '<title>Editor | Fenwick Farms</title>',
      '<h1>Editor</h1><ul><li>Remote</li><li>Leeds, UK</li></ul>',
    );
    const job = extractJob(both, 'https://fenwickfarms.example/jobs/4', { now, adapters: [] });
    expect(job.fields.locations?.[0]?.raw).toBe('Leeds, UK');
  });
});

describe('a description split into sibling sections', () => {
  it('takes the intro, tasks, profile and offer sections together, not the one with the longest list', () => {
    const li = (t: string) => `<li>${t} and a little more text so the item reads like a sentence</li>`;
    const section = (name: string, heading: string, items: string[]) =>
      `<section data-at="section-text-${name}"><h4>${heading}</h4><div data-at="section-text-${name}-content"><ul>${items.map(li).join('')}</ul></div></section>`;
    const { document } = parseHTML(`<html><body><article><h1>Sachbearbeiter Kreditoren</h1>
      <div data-at="job-ad-content">
        ${section('introduction', 'Über uns', ['Wir beliefern Reedereien seit 1962'])}
        ${section('tasks', 'Ihre Aufgaben', ['Prüfung und Buchung von Eingangsrechnungen', 'Vorbereitung der Zahlungsläufe'])}
        ${section('profile', 'Ihr Profil', ['Kaufmännische Ausbildung', 'Erfahrung mit DATEV'])}
        ${section('weoffer', 'Wir bieten', ['Vergütung 2.800 € brutto', 'Ein Tag pro Woche im Homeoffice', 'Jobticket', '30 Tage Urlaub'])}
      </div></article>
      <aside><h3>Ähnliche Jobs</h3><p>Buchhalter (m/w/d), Hamburg, 45.000 – 52.000 €/Jahr, ein anderer Job</p></aside></body></html>`);
    const text = extractJob(document, 'https://jobs.example.de/stellen/1').fields.descriptionText ?? '';
    for (const phrase of ['Prüfung und Buchung', 'Kaufmännische Ausbildung', 'Homeoffice', 'Reedereien'])
      expect(text).toContain(phrase);
    expect(text).not.toContain('Ähnliche Jobs');
  });
});
