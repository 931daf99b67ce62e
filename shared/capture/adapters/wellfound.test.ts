import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import wellfound from './wellfound.ts';

const now = () => new Date('2026-12-01T00:00:00Z');
const extract = (facts: string) => {
  const { document } = parseHTML(
    `<html><body><a href="/company/acme">Acme</a><h1>Data Engineer</h1><dl>${facts}</dl><div data-test="JobDescription"><p>Build our pipelines in Python and SQL.</p></div></body></html>`,
  );
  return extractJob(document, 'https://wellfound.com/jobs/1234-data-engineer', { now, adapters: [wellfound] })
    .fields;
};

describe('Wellfound location', () => {
  it('reads "Hires remotely in" as the place of a remote-only job with no location fact', () => {
    const f = extract(
      '<dt>Remote work policy</dt><dd>Remote only</dd><dt>Hires remotely in</dt><dd>United States</dd>',
    );
    expect(f.locations?.[0]?.country).toBe('US');
    expect(f.workType).toBe('remote');
  });

  it('keeps the location fact when there is one', () => {
    const f = extract('<dt>Location</dt><dd>Austin, TX</dd><dt>Hires remotely in</dt><dd>United States</dd>');
    expect(f.locations?.[0]?.city).toBe('Austin');
  });
});
