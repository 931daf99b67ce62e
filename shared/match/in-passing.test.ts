import { describe, expect, it } from 'vitest';
import { withoutInPassing } from './in-passing.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

describe('work a posting names beside its own', () => {
  it('takes out who the job hands off to, works with or brings in', () => {
    const out = withoutInPassing(
      [
        'Hand off to onboarding and customer success with clear goals for each customer.',
        'Partner with solutions engineers on discovery and security reviews.',
        'You will bring in product specialists for deep dives.',
        "Work with the trust's mathematics network of heads of department and its primary maths leads on transition.",
      ].join('\n'),
    );
    expect(out).not.toMatch(/customer success|solutions engineers|product specialists|primary/i);
    expect(out).toMatch(/clear goals for each customer/);
    expect(out).toMatch(/on discovery and security reviews/);
  });

  it('takes out the backgrounds it welcomes, not what the job is', () => {
    const out = withoutInPassing(
      'We also welcome customer success managers who want to move into new business.\n' +
        'Candidates from teaching or nursing backgrounds are welcome.',
    );
    expect(out).not.toMatch(/customer success|teaching|nursing/i);
    expect(out).toMatch(/who want to move into new business/);
  });

  it('takes out one of three or more fields of experience asked, not a field asked alone', () => {
    const out = withoutInPassing(
      '- 2+ years in renewals, account management, customer success or inside sales at a SaaS company.',
    );
    expect(out).not.toMatch(/customer success|inside sales/i);
    expect(out).toMatch(/at a SaaS company/);
    for (const own of [
      '- 5+ years in customer success at a SaaS company.',
      '- 3+ years of experience in product analytics or data science.',
      '- 5+ years in performance marketing for DTC, subscription or e-commerce brands.',
    ])
      expect(withoutInPassing(own)).toBe(own);
  });

  it('takes out what it sends to other openings, not a sentence describing this one', () => {
    const elsewhere =
      'If you are looking for a retention or onboarding role, our Customer Success team is the right place.';
    expect(withoutInPassing(elsewhere)).not.toMatch(/onboarding|customer success/i);
    const here = 'If you are looking for a role where you run onboarding end to end, read on.';
    expect(withoutInPassing(here)).toBe(here);
  });

  it('takes out the people the job leads, not the work it leads', () => {
    const out = withoutInPassing(
      [
        '- Line-manage the SEND teaching assistant team, including deployment and appraisal.',
        '- Direct the work of teaching assistants in your lessons.',
        'You join a committed team of eleven teaching assistants.',
      ].join('\n'),
    );
    expect(out).not.toMatch(/teaching assistant/i);
    const members = withoutInPassing(
      'Lead our finance team of five (two accountants, a credit controller and a payroll officer) and own the close.',
    );
    expect(members).not.toMatch(/payroll|credit controller/i);
    expect(members).toMatch(/own the close/);
    const own = 'You will lead the design of our onboarding programme.';
    expect(withoutInPassing(own)).toBe(own);
  });

  it('leaves a long run-on clause as it is', () => {
    const long =
      'Work with customer success managers and account leads and product owners and designers and analysts and engineers every single day';
    expect(withoutInPassing(long)).toBe(long);
  });
});

describe('a ruled-out field a posting names only in passing', () => {
  const ae = [
    'Account Executives here own new business in a territory: you run the demo yourself, and close.',
    '- Hand off to onboarding and customer success with clear goals for each customer.',
    '- We also welcome customer success managers and account managers who want to move into new business.',
  ].join('\n');

  it('is not the job', () => {
    const job = prepareJob(makeJob(ae, { title: 'Account Executive' }));
    expect(ruledOutBy(prepareRuledOut(['customer success']), job)).toBeNull();
  });

  it('still is when the posting returns to it as its own work', () => {
    const cs =
      'You will own customer success for 40 accounts.\nOur customer success playbook is yours to shape.';
    const job = prepareJob(makeJob(cs, { title: 'Account Lead' }));
    expect(ruledOutBy(prepareRuledOut(['customer success']), job)).toBe('customer success');
  });
});
