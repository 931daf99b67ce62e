import { describe, expect, it } from 'vitest';
import { runsInto } from './testing.ts';

describe('a ruled-out field the posting names in other words', () => {
  it('meets "retail" in a posting whose work is in stores', () => {
    const store = [
      'Store #4418, Kenwood Road, Cincinnati.',
      'Our pharmacists lead patient care in one of our busiest stores.',
      "Give vaccines and meet the store's immunization goals.",
    ].join('\n');
    expect(runsInto('retail', 'Pharmacist - Clinical Services', store)).toBe('retail');
  });

  it('not in a hospital that stores medicines, nor in a store named once', () => {
    const ward = [
      'Verify orders and store medications safely on the unit.',
      'Store vaccines in the monitored refrigerator; our outpatient store is on level 1.',
    ].join('\n');
    expect(runsInto('retail', 'Clinical Pharmacist', ward)).toBeNull();
  });
});
