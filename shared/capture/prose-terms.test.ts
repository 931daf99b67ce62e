import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from './extract.ts';
import { workTypeFromProse } from './normalize/arrangement.ts';
import { employmentTypeInProse } from './normalize/employment-prose.ts';
import { parseSalary } from './normalize/salary.ts';

/** Arrangement, pay and hours written only in the posting's own sentences. */
describe('terms in running text', () => {
  it('reads a job that can be done from anywhere as remote, and attending site daily as on-site', () => {
    expect(
      workTypeFromProse("We're a distributed team and this position can be done from anywhere in Canada."),
    ).toBe('remote');
    expect(workTypeFromProse('The successful candidate will be required to attend site daily.')).toBe(
      'onsite',
    );
  });

  it('reads "It\'s a permanent, full-time job" as full-time', () => {
    expect(employmentTypeInProse("It's a permanent, full-time job (37.5 hours a week).")).toBe('full_time');
    expect(employmentTypeInProse('It is a part-time role of 20 hours a week.')).toBe('part_time');
  });

  it('reads the pay an employer is offering, and a figure with a percentage of super on top', () => {
    expect(parseSalary("We're offering £28-32k plus benefits, depending on experience.")).toMatchObject({
      min: 28_000,
      max: 32_000,
      currency: 'GBP',
    });
    expect(parseSalary('The salary is A$85,000 + 11.5% super.')).toMatchObject({ min: 85_000, max: 85_000 });
    // A bonus in the next clause is another thing; a bonus named right after the figure is the figure.
    expect(parseSalary('Up to €45,000 DOE, plus an annual bonus of up to 10%.')).toMatchObject({
      max: 45_000,
    });
    expect(parseSalary('Salary £30,000 plus a £2,000 sign-on bonus.')).toMatchObject({
      min: 30_000,
      max: 30_000,
    });
    expect(parseSalary('A £2,000 sign-on bonus for new starters.')).toBeNull();
  });

  it('takes no pay from a list of open roles under the posting', () => {
    const { document } =
      parseHTML(`<html><body><main><h1>Data Engineer</h1><div class="description"><p>${'Build and run the pipelines behind our pricing models. '.repeat(6)}</p>
      <p>The rate is £500 per day, outside IR35.</p></div></main>
      <section class="more"><h3>Open roles in Data &amp; Analytics</h3><ul><li><a href="/j/1">Senior Analytics Engineer</a> – Bristol – £70,000 – £82,000</li></ul></section></body></html>`);
    const job = extractJob(document, 'https://jobs.quillfield.example/data-engineer', {
      now: () => new Date('2026-01-15T00:00:00Z'),
      adapters: [],
    });
    expect(job.fields.salary).toMatchObject({ min: 500, max: 500, currency: 'GBP', period: 'DAY' });
  });
});
