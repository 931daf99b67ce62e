import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import indeed from './indeed.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const titleOf = (h1: string) => {
  const { document } = parseHTML(
    `<html><body><h1 data-testid="jobsearch-JobInfoHeader-title">${h1}</h1><div id="jobDescriptionText"><p>Sort parcels on the early shift.</p></div></body></html>`,
  );
  return extractJob(document, 'https://de.indeed.com/viewjob?jk=9a8b7c6d5e4f3a2b', {
    now,
    adapters: [indeed],
  }).fields.title;
};

describe('Indeed title', () => {
  it("drops the screen-reader suffix in the page's language", () => {
    expect(titleOf('<span>Lagerhelfer (m/w/d)</span><span class="css-x1"> - Stellenanzeige</span>')).toBe(
      'Lagerhelfer (m/w/d)',
    );
    expect(titleOf('<span>Night Porter</span><span class="css-x1"> - job post</span>')).toBe('Night Porter');
  });

  it('keeps a dash that is part of the title itself', () => {
    expect(titleOf('<span>Staff Nurse - Night Shift</span>')).toBe('Staff Nurse - Night Shift');
  });

  it("reads the search view's pane title, printed as an h2, over the result cards and the query in <title>", () => {
    const { document } = parseHTML(
      `<html><head><title>Business Analyst Contract Jobs in Brisbane QLD | Indeed</title></head><body>
      <ul><li><h2 class="jobTitle"><a class="jcs-JobTitle"><span>Senior Business Analyst</span></a></h2></li></ul>
      <div id="jobsearch-ViewjobPaneWrapper"><h2 class="jobsearch-JobInfoHeader-title"><span>Business Analyst - Digital Services<span class="visually-hidden"> - job post</span></span></h2>
      <div id="jobDescriptionText"><p>Work with product owners on the digital services backlog.</p></div></div></body></html>`,
    );
    const job = extractJob(
      document,
      'https://au.indeed.com/jobs?q=business+analyst+contract&vjk=58e1c0b7a93d2f46',
      {
        now,
        adapters: [indeed],
      },
    );
    expect(job.fields.title).toBe('Business Analyst - Digital Services');
  });
});
