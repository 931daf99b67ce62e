import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAdapter } from '../autofill/adapters/registry.ts';
import { isEmbeddedFormUrl, isKnownFormHost } from '../autofill/frames.ts';
import '../capture/adapters/all.ts';
import { adapterFor, registeredAdapters } from '../capture/registry.ts';
import { isSharedHost } from '../capture/sources/page.ts';
import {
  allBoards,
  boardById,
  boardMatches,
  boardOfAttribute,
  hostIs,
  signatureCss,
  sniffBoard,
} from './index.ts';

const u = (s: string) => new URL(s);
const matches = (id: string, url: string) => boardMatches(boardById(id)!, u(url));
const FIXTURES = resolve(__dirname, '../../tests/fixtures');

describe('board URL detection is anchored on the hostname', () => {
  it.each([
    ['greenhouse', 'https://job-boards.greenhouse.io/acme/jobs/1', true],
    ['greenhouse', 'https://boards.eu.greenhouse.io/acme/jobs/1', true],
    ['greenhouse', 'https://acme.example/careers?gh_jid=123', true],
    ['greenhouse', 'https://greenhouse.io.evil.example/acme/jobs/1', false],
    ['greenhouse', 'https://evil.example/?u=boards.greenhouse.io', false],
    ['linkedin', 'https://www.linkedin.com/jobs/view/123/', true],
    ['linkedin', 'https://www.linkedin.com/feed/', false],
    ['linkedin', 'https://linkedin.com.evil.example/jobs/view/1', false],
    ['indeed', 'https://uk.indeed.com/viewjob?jk=1', true],
    ['indeed', 'https://www.indeed.co.uk/viewjob?jk=1', true],
    ['indeed', 'https://notindeed.com/viewjob?jk=1', false],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/x/job/y_R1', true],
    ['seek', 'https://au.seek.com/job/1', true],
    ['seek', 'https://www.seek.co.nz/job/1', true],
    ['seek', 'https://seekers.example/job/1', false],
    ['glassdoor', 'https://www.GLASSDOOR.co.uk/job-listing/x', true],
  ] as const)('%s %s → %s', (id, url, want) => {
    expect(matches(id, url)).toBe(want);
  });

  it('hostIs matches the domain and its subdomains only', () => {
    expect(hostIs('jobs.lever.co', 'lever.co')).toBe(true);
    expect(hostIs('lever.co', 'lever.co')).toBe(true);
    expect(hostIs('notlever.co', 'lever.co')).toBe(false);
  });

  it('an ATS board is a known form host; a job board is not', () => {
    expect(isKnownFormHost('https://apply.workable.com/acme/j/1')).toBe(true);
    expect(isKnownFormHost('https://www.linkedin.com/jobs/view/1')).toBe(false);
    expect(isEmbeddedFormUrl('https://www.linkedin.com/embed/job_app')).toBe(false);
  });

  it("a board's hosts are shared hosts, so its name is never taken for the company", () => {
    for (const host of ['boards.greenhouse.io', 'uk.indeed.com', 'www.seek.com.au', 'news.ycombinator.com'])
      expect(isSharedHost(host)).toBe(true);
    expect(isSharedHost('jobs.personio.de')).toBe(true);
    expect(isSharedHost('careers.roblox.com')).toBe(false);
  });
});

describe('one DOM signature per board, in two derived forms', () => {
  it('the CSS form and the attribute form recognise the same markup', () => {
    for (const board of allBoards()) {
      for (const mark of board.signature ?? []) {
        const html =
          'tag' in mark
            ? `<${mark.tag} x="1"></${mark.tag}>`
            : `<div ${mark.attr}="${'equals' in mark ? mark.equals : 'word' in mark ? `a ${mark.word} b` : 'contains' in mark ? `x${mark.contains}y` : ''}"></div>`;
        const { document } = parseHTML(`<html><body>${html}</body></html>`);
        const el = document.body.firstElementChild!;
        expect(sniffBoard(document), `${board.id} CSS`).toBe(board.id);
        const attr = 'tag' in mark ? 'x' : mark.attr;
        expect(boardOfAttribute(el, attr, el.getAttribute(attr) ?? ''), `${board.id} attribute`).toBe(
          board.id,
        );
      }
    }
  });

  it('a word mark is a whole class name, not part of one', () => {
    const { document } = parseHTML('<html><body><div class="posting-categories-x"></div></body></html>');
    expect(sniffBoard(document)).toBeNull();
    expect(boardOfAttribute(document.body.firstElementChild!, 'class', 'posting-categories-x')).toBeNull();
    expect(signatureCss('lever')).toBe('[class~="posting-categories"]');
  });

  it('recognises a saved page by its markup when the URL says nothing', () => {
    const { document } = parseHTML(
      '<html><body><h2 data-automation-id="jobPostingHeader">Nurse</h2></body></html>',
    );
    expect(adapterFor('file:///tmp/saved.html', document)?.id).toBe('workday');
  });

  it("recognises a saved Glassdoor job view by its employer name's class, with no data-test hook", () => {
    const { document } = parseHTML(
      '<html><body><main><div class="EmployerProfile_profileContainer__k1"><a class="EmployerProfile_employerName__q7">Brindle Foods</a> 4.2 ★</div><h1>Shift Supervisor</h1><div class="SalaryEstimate_payRange__z2">£25K - £29K /yr (Glassdoor est.)</div></main></body></html>',
    );
    expect(adapterFor('file:///tmp/saved.html', document)?.id).toBe('glassdoor');
  });
});

describe('every board is one unit with its fixtures', () => {
  const captureFixtures = readdirSync(join(FIXTURES, 'jobs'))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, 'jobs', f), 'utf8')) as { adapter?: string | null });
  const formFixtures = readdirSync(join(FIXTURES, 'forms')).filter((f) => f.endsWith('.html'));

  it('has exactly one capture adapter, with its id', () => {
    const ids = registeredAdapters().map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(allBoards().map((b) => b.id));
  });

  it.each(allBoards().map((b) => b.id))('%s has a capture fixture read by its adapter', (id) => {
    expect(captureFixtures.some((f) => f.adapter === id)).toBe(true);
  });

  it.each(allBoards().flatMap((b) => (b.autofill ? [b.id] : [])))(
    '%s has an application-form fixture that its autofill selectors are found for',
    (id) => {
      const found = formFixtures.filter((f) => {
        const { document } = parseHTML(readFileSync(join(FIXTURES, 'forms', f), 'utf8'));
        return findAdapter(document)?.id === id;
      });
      expect(found.length).toBeGreaterThan(0);
    },
  );
});
