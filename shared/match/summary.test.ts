import { describe, expect, it } from 'vitest';
import { aboutTheWork } from './blend.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob } from './score.ts';
import { makeJob, makeProfile } from './testing.ts';

const billing = prepareJob(
  makeJob(
    'You will own our billing platform: subscriptions, invoicing, proration and dunning for B2B customers.',
  ),
);
const testing = prepareJob(
  makeJob(
    'You will own our quality assurance: test plans, regression testing and QA automation for releases.',
  ),
);
const about = (summary: string | undefined, job = billing) =>
  aboutTheWork(prepareProfile(makeProfile({ summary }), null, { asOf: '2026-01' }), job).about;

describe("the person's own summary", () => {
  it('says what their work is about: a billing summary brings billing postings closer', () => {
    expect(
      about('Backend engineer who builds billing: subscriptions, invoicing and dunning.'),
    ).toBeGreaterThan(about(undefined));
  });

  it('does not count what it turns down as their work', () => {
    expect(about('Not looking for QA, regression testing or test automation roles.', testing)).toBe(
      about(undefined, testing),
    );
  });
});
