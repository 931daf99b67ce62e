import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import './adapters/all.ts';
import { ADAPTER_CATALOG, adapterIds, detectPosting, loadAdapterFor } from './adapters/catalog.ts';
import { adapterFor, registeredAdapters } from './registry.ts';
import { hostIs, isGreenhouse, isIndeed, isLinkedIn, isSeek, isWorkday } from './urls.ts';

const u = (s: string) => new URL(s);

describe('board URL detection is anchored on the hostname', () => {
  it.each([
    [isGreenhouse, 'https://job-boards.greenhouse.io/acme/jobs/1', true],
    [isGreenhouse, 'https://boards.eu.greenhouse.io/acme/jobs/1', true],
    [isGreenhouse, 'https://acme.example/careers?gh_jid=123', true],
    [isGreenhouse, 'https://greenhouse.io.evil.example/acme/jobs/1', false],
    [isGreenhouse, 'https://evil.example/?u=boards.greenhouse.io', false],
    [isLinkedIn, 'https://www.linkedin.com/jobs/view/123/', true],
    [isLinkedIn, 'https://www.linkedin.com/feed/', false],
    [isLinkedIn, 'https://linkedin.com.evil.example/jobs/view/1', false],
    [isIndeed, 'https://uk.indeed.com/viewjob?jk=1', true],
    [isIndeed, 'https://www.indeed.co.uk/viewjob?jk=1', true],
    [isIndeed, 'https://notindeed.com/viewjob?jk=1', false],
    [isWorkday, 'https://acme.wd5.myworkdayjobs.com/en-US/x/job/y_R1', true],
    [isSeek, 'https://au.seek.com/job/1', true],
    [isSeek, 'https://www.seek.co.nz/job/1', true],
    [isSeek, 'https://seekers.example/job/1', false],
  ] as const)('%o %s → %s', (fn, url, want) => {
    expect(fn(u(url))).toBe(want);
  });

  it('hostIs matches the domain and its subdomains only', () => {
    expect(hostIs('jobs.lever.co', 'lever.co')).toBe(true);
    expect(hostIs('lever.co', 'lever.co')).toBe(true);
    expect(hostIs('notlever.co', 'lever.co')).toBe(false);
  });
});

describe('adapter registry and catalog', () => {
  it('lists every adapter once, and the catalog and registry agree', () => {
    const ids = adapterIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect([...registeredAdapters().map((a) => a.id)].sort()).toEqual([...ids].sort());
    expect(ids).toEqual(
      expect.arrayContaining([
        'linkedin',
        'indeed',
        'greenhouse',
        'lever',
        'ashby',
        'workday',
        'smartrecruiters',
        'workable',
        'teamtailor',
        'breezy',
        'wellfound',
        'glassdoor',
        'ziprecruiter',
        'dice',
        'hackernews',
      ]),
    );
  });

  it('loads only the adapter a host needs', async () => {
    const a = await loadAdapterFor('https://jobs.lever.co/acme/35a1c773-2ebf-4caf-8931-194d7119ad51');
    expect(a?.id).toBe('lever');
    expect(await loadAdapterFor('https://example.org/about')).toBeNull();
    for (const e of ADAPTER_CATALOG) expect(typeof e.load).toBe('function');
  });

  it('recognises a saved page by its markup when the URL says nothing', () => {
    const { document } = parseHTML(
      '<html><body><h2 data-automation-id="jobPostingHeader">Nurse</h2></body></html>',
    );
    expect(adapterFor('file:///tmp/saved.html', document)?.id).toBe('workday');
    expect(detectPosting(document, 'file:///tmp/saved.html').adapter).toBe('workday');
  });

  it('says a career page with job-ad wording is likely a posting', () => {
    const { document } = parseHTML(
      '<html><body><h1>Data Engineer</h1><h2>Responsibilities</h2><p>Build pipelines.</p><h2>Requirements</h2><p>SQL.</p><a>Apply now</a></body></html>',
    );
    expect(detectPosting(document, 'https://acme.example/careers/data-engineer')).toEqual({
      likely: true,
      adapter: null,
    });
  });

  it('says a plain article is not likely a posting', () => {
    const { document } = parseHTML('<html><body><h1>Our offsite</h1><p>We went hiking.</p></body></html>');
    expect(detectPosting(document, 'https://blog.example/offsite')).toEqual({ likely: false, adapter: null });
  });
});
