import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import { domainLabel, isSharedHost } from './page.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const companyOf = (html: string, url: string) =>
  extractJob(parseHTML(html).document, url, { now, adapters: [] }).fields.company;
const DESCRIPTION =
  '<div class="job-description"><p>Calibrate and run rainfall-runoff models, review stream gage records and write technical memoranda for water managers.</p></div>';

describe('the employer on a public-sector board', () => {
  it('reads the hiring agency a board names in an "agency" element', () => {
    const html = `<html><head><title>Job Announcement: Hydrologist</title></head><body><h1>Hydrologist</h1><div class="joa-banner__agency"><a href="/search/?a=GP00">Great Plains River Authority</a></div>${DESCRIPTION}</body></html>`;
    expect(companyOf(html, 'https://www.usajobs.gov/job/882047719')).toBe('Great Plains River Authority');
  });

  it('reads nhs.uk as a public suffix: jobs.nhs.uk is a job site, a trust site names its trust', () => {
    expect(domainLabel('www.jobs.nhs.uk')).toBe('jobs');
    expect(isSharedHost('www.jobs.nhs.uk')).toBe(true);
    expect(domainLabel('careers.uhb.nhs.uk')).toBe('uhb');
    const html = `<html><head><title>Community Dietitian - NHS Jobs</title></head><body><h1>Community Dietitian</h1><h2 id="employer_name_heading">North Wessex Community Healthcare NHS Trust</h2>${DESCRIPTION}</body></html>`;
    expect(companyOf(html, 'https://www.jobs.nhs.uk/candidate/jobadvert/C9214-26-0873')).toBe(
      'North Wessex Community Healthcare NHS Trust',
    );
  });
});

describe('a public body named by its seal or crest', () => {
  it('reads the name from a seal’s or crest’s alt text, without the words for the image', () => {
    for (const [alt, name] of [
      ['Seal of Harlow County, Oregon', 'Harlow County, Oregon'],
      ['Official Seal of the City of Brantwood', 'City of Brantwood'],
      ['Borough of Kettlemere crest', 'Borough of Kettlemere'],
    ]) {
      const html = `<html><head><title>Groundskeeper</title></head><body><header><a href="/" class="site-logo"><img src="/img/seal.png" alt="${alt}"></a></header><main><h1>Groundskeeper</h1>${DESCRIPTION}</main></body></html>`;
      expect(companyOf(html, 'https://jobs.example.gov/postings/118')).toBe(name);
    }
  });
});

describe('the advertiser a board names in a "posted by" line', () => {
  const page = (line: string, head = '') =>
    `<html><head><title>Claims Handler Job in Leeds</title>${head}</head><body><h1>Claims Handler</h1><div class="meta">${line}</div>${DESCRIPTION}</body></html>`;

  it('reads the link after "Posted … by", whatever its address, in several wordings', () => {
    for (const [line, name] of [
      ['Posted 3 December by <a href="/jobs/holloway-mutual/p118">Holloway Mutual</a>', 'Holloway Mutual'],
      ['Listed yesterday by <a href="/r/8812">Brightwater Recruitment</a>', 'Brightwater Recruitment'],
      ['Advertised by <a href="#">Fenwick & Sons Ltd</a>', 'Fenwick & Sons Ltd'],
      ['Publié le 2 mars par <a href="/e/41">Transports Marolles</a>', 'Transports Marolles'],
    ]) {
      expect(companyOf(page(line), 'https://www.jobboard.example/job/1')).toBe(name);
    }
  });

  it('does not take a link that no "posted by" words lead to', () => {
    const html = page('Posted 3 December. <a href="/jobs/similar">Similar jobs</a>');
    expect(companyOf(html, 'https://www.holloway-mutual.example/jobs/1')).not.toBe('Similar jobs');
  });

  it('never takes a board written as its address for the employer on a saved page', () => {
    const logo = '<meta property="og:site_name" content="reed.co.uk">';
    const html = page('<img class="logo" src="/logo.svg" alt="reed.co.uk">', logo);
    expect(companyOf(html, 'file:///home/ada/Downloads/claims-handler.html')).not.toBe('reed.co.uk');
    const saved = page('Posted today by <a href="/jobs/holloway-mutual/p9">Holloway Mutual</a>', logo);
    expect(companyOf(saved, 'file:///home/ada/Downloads/claims-handler.html')).toBe('Holloway Mutual');
  });

  it('keeps an employer whose own name is an address', () => {
    const html = `<html><head><title>Data Analyst</title><meta property="og:site_name" content="Booking.com"></head><body><h1>Data Analyst</h1>${DESCRIPTION}</body></html>`;
    expect(companyOf(html, 'https://careers.booking.com/jobs/1')).toBe('Booking.com');
  });
});

describe("a classifieds site's subdomain", () => {
  it('portland.craigslist.org names the city, not the employer', () => {
    const html = `<html><head><title>Line Cook - Full Time (SE Portland)</title></head><body><h1>Line Cook - Full Time</h1>${DESCRIPTION}</body></html>`;
    expect(
      companyOf(html, 'https://portland.craigslist.org/mlt/fbh/d/portland-line-cook/7812345678.html'),
    ).not.toBe('Portland');
    expect(companyOf(html, 'https://rosebud-diner.bamboohr.com/careers/41')).toBe('Rosebud Diner');
  });
});
