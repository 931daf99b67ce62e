import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import smartrecruiters from './smartrecruiters.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
// Longer than a teaser (merge.ts THIN_DESCRIPTION), so the adapter's own reading is what stands.
const JOB = `<p>Review claims for our regional clinics, check coding and write up each appeal within two working days of the denial. You will own the appeals queue for three partner clinics.</p>
<ul><li>Check every denied claim against the payer's published policy before it is appealed</li>
<li>Keep the appeals log current so the clinic managers can see where each claim stands</li>
<li>Meet the billing lead every Monday to go through the week's denials and the oldest open appeals</li>
<li>Write short guides for the front desk when the same coding error keeps coming back from one clinic</li>
<li>Cover the payment posting queue during the billing lead's leave</li></ul>`;
const descriptionOf = (sections: string) => {
  const { document } = parseHTML(
    `<html><body><main class="jobad-main job"><h1 class="job-title">Claims Reviewer</h1>
    <ul class="job-details"><li><spl-job-location formattedaddress="Denver, CO, United States"></spl-job-location></li></ul>
    ${sections}</main></body></html>`,
  );
  return (
    extractJob(document, 'https://jobs.smartrecruiters.com/Acme/744000000000001-claims-reviewer', {
      now,
      adapters: [smartrecruiters],
    }).fields.descriptionText ?? ''
  );
};

describe('SmartRecruiters description', () => {
  it('joins the qualifications and additional information to the job description', () => {
    const text = descriptionOf(
      `<div class="job-sections">
      <section id="st-jobDescription"><h2>Job Description</h2><div itemprop="description">${JOB}</div></section>
      <section id="st-qualifications"><h2>Qualifications</h2><div itemprop="qualifications"><ul><li>Two years of medical billing</li></ul></div></section>
      <section id="st-additionalInformation"><h2>Additional Information</h2><div itemprop="incentives"><p>This assignment is fully remote, from a home office anywhere in Colorado.</p></div></section>
      </div>`,
    );
    expect(text).toContain('write up each appeal');
    expect(text).toContain('Two years of medical billing');
    expect(text).toContain('This assignment is fully remote');
  });

  it('reads a wrapper that holds every section once', () => {
    const text = descriptionOf(
      `<div class="job-sections" itemprop="description">
      <section id="st-jobDescription"><h2>Job Description</h2>${JOB}</section>
      <section id="st-additionalInformation"><h2>Additional Information</h2><p>Pay: $31 per hour.</p></section>
      </div>`,
    );
    expect(text.match(/write up each appeal/g)).toHaveLength(1);
    expect(text.match(/Pay: \$31 per hour/g)).toHaveLength(1);
  });
});
