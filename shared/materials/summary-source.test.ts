import { describe, expect, it } from 'vitest';
import { buildSources, SUMMARY_ID } from './sources.ts';
import { job, profile } from './testing.ts';
import { checkClaim } from './validate.ts';

const withSummary = {
  ...profile,
  summary: 'Backend engineer with 8 years in payments and billing. Not looking for QA or support roles.',
};

describe("the person's own summary as a source", () => {
  it('licenses what it says of them, cited as the summary', () => {
    const index = buildSources(withSummary, job);
    expect(index.items.get(SUMMARY_ID)?.label).toBe('Your summary');
    expect(checkClaim({ text: '8 years in payments and billing.', sources: [SUMMARY_ID] }, index)).toBeNull();
  });

  it('licenses nothing from what it turns down, and is absent when there is no summary', () => {
    const index = buildSources(withSummary, job);
    expect(index.items.get(SUMMARY_ID)?.text).not.toMatch(/QA|support/);
    expect(buildSources(profile, job).items.has(SUMMARY_ID)).toBe(false);
  });
});
