import { describe, expect, it } from 'vitest';
import { actsAs } from './acts-as.ts';
import { titleFactor } from './factors.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';

describe('the role a posting says the job acts as', () => {
  it('reads "act as the …" or "serve as our …" when it names a role', () => {
    expect(actsAs('- Act as the finance business partner for our retail division.')).toEqual([
      'finance business partner',
    ]);
    expect(actsAs('You will serve as our lead pharmacist, across both sites.')).toEqual(['lead pharmacist']);
  });

  it('leaves a side duty ("act as a practice assessor") and a point of contact out', () => {
    expect(actsAs('Act as a practice assessor for students.')).toEqual([]);
    expect(actsAs('Act as the escalation point for service issues.')).toEqual([]);
  });

  it('counts as a title beside a title that names the field served, not the work', () => {
    const partner = prepareProfile(makeProfile({ targetTitles: ['Finance Business Partner'] }));
    const text = `${ABOUT_THE_ROLE}\n- Act as the finance business partner for our retail stores.`;
    const job = prepareJob(makeJob(text, { title: 'Retail Performance Lead' }));
    const factor = titleFactor(partner, job);
    expect(factor.detail).toContain('Close to "Finance Business Partner"');
  });
});
