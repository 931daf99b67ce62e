import { describe, expect, it } from 'vitest';
import { perPosting } from './per-posting.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

describe('a reading kept per posting', () => {
  it('reads each posting once, however often it is asked, and each posting on its own', () => {
    let reads = 0;
    const titleLength = perPosting((job) => {
      reads++;
      return job.parsed.title.length;
    });
    const a = prepareJob(makeJob('Build dashboards.', { title: 'Data Analyst' }));
    const b = prepareJob(makeJob('Care for patients.', { title: 'Nurse' }));
    expect([titleLength(a), titleLength(a), titleLength(b), titleLength(a)]).toEqual([12, 12, 5, 12]);
    expect(reads).toBe(2);
  });

  it('keeps a reading that is null rather than reading again', () => {
    let reads = 0;
    const none = perPosting(() => {
      reads++;
      return null;
    });
    const job = prepareJob(makeJob('Build dashboards.', { title: 'Data Analyst' }));
    none(job);
    none(job);
    expect(reads).toBe(1);
  });
});
