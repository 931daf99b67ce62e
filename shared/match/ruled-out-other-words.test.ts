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

describe('a field named another way', () => {
  const testing = [
    'You will build the UI test automation framework for our banking app and turn manual regression into automated tests.',
    'This is a test engineering role: you will not build product features.',
  ].join('\n');

  it('reads "QA automation" as test automation in the title and the text', () => {
    expect(runsInto('QA automation', 'Android Engineer (Test Automation)', testing)).toBe('QA automation');
    expect(runsInto('QA engineering', 'Test Engineer, Mobile Apps', testing)).toBe('QA engineering');
  });

  it('never reads "QA" alone as any test', () => {
    expect(
      runsInto('QA', 'Android Engineer', 'Write unit tests and UI tests for every feature you build.'),
    ).toBeNull();
  });
});

describe("a ruled-out field named by its doer, and one sharing an acronym with the person's title", () => {
  const ADMIN =
    'Keep employee files, HRIS records and onboarding paperwork up to date, and answer benefits questions.';
  it('holds "HR administration" against an HR Administrator posting', () => {
    expect(runsInto('HR administration', 'HR Administrator', ADMIN)).toBe('HR administration');
  });

  it('does not split "HR director" into HR and director for an HR Business Partner', () => {
    const text = [
      'About the role',
      'As our HR Business Partner you will advise directors on HR matters and work with the HR director and other directors on organization design, HR policy and pay.',
      'Responsibilities',
      '- Coach directors and HR colleagues through change',
      '- Run HR clinics for directors and managers',
    ].join('\n');
    const job = prepareJob(makeJob(text, { title: 'HR Business Partner' }));
    expect(ruledOutBy(prepareRuledOut(['HR director'], '', [], ['HR Business Partner']), job)).toBeNull();
    // (someone who holds no HR title reads the same words as the director's work returning)
    expect(ruledOutBy(prepareRuledOut(['HR director']), job)).toBe('HR director');
  });
});

describe("a field's management held against its manager's title", () => {
  it('holds "store management" against a Store Manager post, not an HR post that works with store managers', () => {
    const store =
      'Lead a team of 90 associates, own the sales plan and the store budget, and run the weekly schedule.';
    expect(runsInto('store management', 'Store Manager', store)).toBe('store management');
    const hr =
      'Partner with store managers on hiring, onboarding and employee relations across 12 stores in the district.';
    expect(runsInto('store management', 'HR Generalist', hr)).toBeNull();
  });
});
