import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { extractJob } from './extract.ts';
import { parseSalary } from './normalize/salary.ts';
import { hiringMember } from './sources/stated-employer.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
const DUTIES = '<li>Build the planning screens in Vue and TypeScript for housing associations</li>'.repeat(6);

describe('careers sites', () => {
  it('reads a posting whose whole content is an app state attribute (Inertia data-page)', () => {
    const state = {
      component: 'Vacancy/Show',
      props: {
        company: { name: 'Stroomtij' },
        vacancy: {
          title: 'Medior Frontend Developer',
          employment_type: 'Fulltime',
          location: { city: 'Utrecht', country: 'Nederland', remote: false },
          salary: { min: 3800, max: 4900, currency: 'EUR', period: 'month' },
          description: `<ul>${DUTIES}</ul><p>We werken 3 dagen per week op kantoor in Utrecht.</p>`,
        },
      },
    };
    const attr = JSON.stringify(state).replace(/"/g, '&quot;');
    const job = extractJob(
      page(
        '<title>Medior Frontend Developer - Werken bij Stroomtij</title>',
        `<div id="app" data-page="${attr}"></div>`,
      ),
      'https://stroomtij.homerun.co/medior-frontend-developer/nl',
      { now },
    );
    expect(job.fields).toMatchObject({
      title: 'Medior Frontend Developer',
      company: 'Stroomtij',
      employmentType: 'full_time',
      salary: { min: 3800, max: 4900, currency: 'EUR', period: 'MONTH' },
    });
    expect(job.fields.locations?.[0]?.raw).toMatch(/Utrecht/);
  });

  it('takes the hiring company named on the posting over the group named by og:site_name', () => {
    const job = extractJob(
      page(
        '<title>Analista de Dados | Vagas Grupo Ipê</title><meta property="og:site_name" content="Grupo Ipê - Carreiras">',
        `<main><h1>Analista de Dados</h1><span data-testid="job-company-name">Ipê Pagamentos</span><ul>${DUTIES}</ul></main>`,
      ),
      'https://grupoipe.gupy.io/job/123',
      { now },
    );
    expect(job.fields.company).toBe('Ipê Pagamentos');
  });

  it('strips careers wording in other languages from a site name, and reads "office-based" prose', () => {
    const job = extractJob(
      page(
        '<title>Fastighetstekniker</title><meta property="og:site_name" content="Kvarnberg Karriär">',
        `<main><h1>Fastighetstekniker</h1><ul>${DUTIES}</ul><p>This role is office-based at our Göteborg depot.</p></main>`,
      ),
      'https://kvarnberg.example/jobs/238815',
      { now },
    );
    expect(job.fields.company).toBe('Kvarnberg');
    expect(job.fields.workType).toBe('onsite');
  });
});

describe('a group careers site posting for one of its companies', () => {
  it('names the company the posting says is hiring, not the group', () => {
    expect(
      hiringMember(
        'Aravis',
        'Limmat Diagnostics AG, a company of the Aravis Group, develops rapid molecular tests.',
      ),
    ).toBe('Limmat Diagnostics AG');
    expect(
      hiringMember(
        'Harborline Brands, Inc.',
        'Pinecrest Outdoor, one of the Harborline Brands, is hiring a Sales Associate.',
      ),
    ).toBe('Pinecrest Outdoor');
    expect(
      hiringMember('Halden Group', 'Brisa Tiles, a Halden Group company, makes glazed tiles in Porto.'),
    ).toBe('Brisa Tiles');
    expect(hiringMember('Northwind', 'Contoso, a Fortune 500 company, is hiring.')).toBeNull();
    expect(hiringMember('Aravis', 'We work with clinics, a part of the healthcare system.')).toBeNull();
    expect(hiringMember('Northwind', 'Contoso Ltd, a subsidiary of Fabrikam, is hiring.')).toBeNull();
  });
});

describe('what the posting says of the role wins', () => {
  it('over a company-wide policy and a board badge', () => {
    const job = extractJob(
      page(
        '<title>Mechatronics Test Engineer | Lathwell</title>',
        `<main><h1>Mechatronics Test Engineer</h1><p>Location: Remote</p><ul>${DUTIES}</ul><p>Our software teams are remote-first. This role is office-based at our Sheffield test lab.</p><ul><li>£52,000 – £60,000 DOE</li><li>27 days holiday</li></ul></main>`,
      ),
      'https://lathwell.example/careers/1',
      { now },
    );
    expect(job.fields.workType).toBe('onsite');
    expect(job.fields.salary).toMatchObject({ min: 52000, max: 60000, currency: 'GBP' });
  });

  it('base pay over on-target earnings, and a board estimate is not pay', () => {
    expect(parseSalary('Base salary $95,000 to $115,000. OTE $190,000 to $230,000.')).toMatchObject({
      min: 95000,
    });
    expect(parseSalary('£32K - £38K (Glassdoor Est.)', { minScore: 1 })).toBeNull();
  });
});

describe('app state of a remote posting', () => {
  it('takes where it may be worked from as its place', () => {
    const state = {
      props: {
        job: {
          title: 'Founding Backend Engineer',
          description: `<ul>${DUTIES}</ul>`,
          locationNames: [],
          remoteConfig: { kind: 'REMOTE_ONLY', acceptedRemoteLocationNames: ['United States', 'Canada'] },
        },
      },
    };
    const job = extractJob(
      page(
        '<title>Founding Backend Engineer</title>',
        `<script type="application/json">${JSON.stringify(state)}</script>`,
      ),
      'https://startup.example/jobs/1',
      { now },
    );
    expect(job.fields.locations?.[0]?.raw).toBe('United States, Canada');
  });
});

describe('a co-op work term with no type field', () => {
  it('is an internship', () => {
    const job = extractJob(
      page(
        '<title>Test Technician</title>',
        `<div class="job-header"><h1>Test Technician</h1><p class="meta">Engineering · Waterloo, ON</p></div><div class="job-description"><p>Our lab tests battery packs for electric buses.</p><ul>${DUTIES}${DUTIES}</ul><p>Students join us for a 4-month co-op work term from May to August.</p></div>`,
      ),
      'https://careers.example.com/jobs/88',
      { now },
    );
    expect(job.fields.employmentType).toBe('internship');
  });
});
