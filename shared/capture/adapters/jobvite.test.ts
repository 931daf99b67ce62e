import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import jobvite from './jobvite.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const capture = (meta: string) => {
  const { document } = parseHTML(
    `<html><body><div class="jv-page-body"><article class="jv-job-detail">
    <h2 class="jv-header">Line Cook</h2>
    <p class="jv-job-detail-meta">${meta}</p>
    <div class="jv-job-detail-description"><p>Prep and cook lunch service for our lakeside grill, working the sauté and grill stations.</p><p>Shifts are posted two weeks ahead.</p></div>
    </article></div></body></html>`,
  );
  return extractJob(document, 'https://jobs.jobvite.com/lakeshoregrill/job/oAb3CdEf', {
    now,
    adapters: [jobvite],
  }).fields;
};
const sep = '<span class="jv-inline-separator"></span>';

describe('Jobvite meta line', () => {
  it('reads the job type between the category and the location', () => {
    const f = capture(`Kitchen${sep}Seasonal${sep}Duluth, Minnesota`);
    expect(f.employmentType).toBe('temporary');
    expect(f.locations?.[0]).toMatchObject({ city: 'Duluth' });
    expect(f.title).toBe('Line Cook');
  });

  it('reads the location before the job type when the line puts the type last', () => {
    const f = capture(`Teaching${sep}Phoenix, Arizona${sep}Full Time`);
    expect(f.employmentType).toBe('full_time');
    expect(f.locations?.[0]).toMatchObject({ city: 'Phoenix' });
  });

  it('takes no type from a line with only a category and a location', () => {
    const f = capture(`Kitchen${sep}Duluth, Minnesota`);
    expect(f.employmentType ?? null).toBeNull();
    expect(f.locations?.[0]).toMatchObject({ city: 'Duluth' });
  });
});
