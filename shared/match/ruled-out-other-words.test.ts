import { describe, expect, it } from 'vitest';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeJob, runsInto } from './testing.ts';

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

describe("a ruled-out phrase sharing a word with the person's own titles", () => {
  const csm = [
    'We are hiring a Customer Success Manager to look after a portfolio of mid-market customers.',
    '- Flag expansion opportunities to Account Managers and support them in the conversation.',
    '- Advocate for your customers with product, support and engineering.',
    '- Help customers adopt new features, and support each customer through renewal.',
  ].join('\n');
  const asCsm = (phrase: string) =>
    ruledOutBy(
      prepareRuledOut([phrase], '', [], ['Customer Success Manager']),
      prepareJob(makeJob(csm, { title: 'Customer Success Manager, EMEA' })),
    );

  it('is not read split up from words that are the person\'s own work ("customer support" for a CSM)', () => {
    expect(asCsm('customer support')).toBeNull();
  });
});
