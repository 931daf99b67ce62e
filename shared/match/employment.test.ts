import { describe, expect, it } from 'vitest';
import { employmentTerms, formNamed, namesContractForm } from './employment.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';

const kind = (title: string, text = '', board?: Parameters<typeof employmentTerms>[2]) =>
  employmentTerms(title, text, board)?.kind ?? null;

describe('the terms a posting offers', () => {
  it('reads a contract, freelance or fixed-term post from its title', () => {
    expect(kind('Payroll Analyst (9-Month Contract)')).toBe('contract');
    expect(kind('Freelance Motion Designer - 3 months')).toBe('contract');
    expect(kind('Ward Clerk - Fixed Term, 6 months')).toBe('contract');
    expect(kind('Chef de projet data - CDD 8 mois (H/F)')).toBe('contract');
    expect(kind('Geography Teacher - Maternity Cover')).toBe('contract');
    expect(kind('Chef de projet data (H/F) - CDI')).toBe('permanent');
  });

  it('does not take a field named for contracts for a contract post', () => {
    expect(kind('Contract Manager')).toBe(null);
    expect(kind('Senior Analyst, Contracts & Procurement')).toBe(null);
    expect(
      kind('Platform Engineer', 'You will own our API contracts and contract renewals with vendors.'),
    ).toBe(null);
  });

  it('reads a header of separated fields, a labelled field or a sentence', () => {
    expect(kind('Site Engineer', 'Harbourline | Leeds | Contract, W-2 | $50/hour')).toBe('contract');
    expect(kind('Site Engineer', 'Leeds · Full-time · Permanent')).toBe('permanent');
    expect(kind('Site Engineer', 'Job type: Full-time, Permanent')).toBe('permanent');
    expect(kind('Site Engineer', 'Contract: Permanent (open-ended)')).toBe('permanent');
    expect(kind('Site Engineer', 'Leeds - Permanent contract (open-ended) - Hybrid')).toBe('permanent');
    expect(kind('Site Engineer', 'We need help for spring. This is a 9-month contract role.')).toBe(
      'contract',
    );
    expect(kind('Site Engineer', 'This is a cover post, and we cannot promise a permanent position.')).toBe(
      null,
    );
  });

  it('reads a post offered either way as either', () => {
    expect(kind('Site Engineer', 'Remote - Americas · Full time or contractor')).toBe('either');
    expect(kind('Site Engineer', 'Remote · Employee via employer of record or long-term contractor')).toBe(
      'either',
    );
  });

  it('takes the board’s own type when the posting says nothing', () => {
    expect(kind('Site Engineer', 'Build bridges.', 'temporary')).toBe('contract');
    expect(kind('Site Engineer', 'Build bridges.', 'full_time')).toBe(null);
  });

  it('knows a ruled-out contract form from a ruled-out field', () => {
    expect(namesContractForm('contract work')).toBe(true);
    expect(namesContractForm('fixed-term contracts')).toBe(true);
    expect(namesContractForm('freelance')).toBe(true);
    expect(namesContractForm('contract management')).toBe(false);
    expect(formNamed('full-time permanent')).toBe('permanent');
    expect(formNamed('permanent roles')).toBe('permanent');
    expect(formNamed('permanent residency')).toBe(null);
  });
});

describe('a permanent post for a person who wants fractional or interim work', () => {
  const me = prepareProfile(makeProfile({ ruledOut: ['full-time permanent'] }), null);
  const text = `${ABOUT_THE_ROLE}\nRequirements\n- Python and PostgreSQL\n- REST APIs on AWS`;
  const score = (title: string) => scoreMatch(me, prepareJob(makeJob(text, { title })));

  it('ranks below the same work on a contract and says why', () => {
    const permanent = score('Backend Engineer (Full-time, Permanent)');
    expect(permanent.adjustments?.find((a) => a.kind === 'employment_terms')?.detail).toBe(
      'A permanent post ("Permanent"); you said you are not looking for full-time permanent',
    );
    expect(permanent.score).toBeLessThan(score('Backend Engineer (6-Month Contract)').score - 10);
  });
});

describe('a contract post for a person who asked for a permanent one', () => {
  const me = prepareProfile(makeProfile({ ruledOut: ['contract work'] }), null);
  const text = `${ABOUT_THE_ROLE}\nRequirements\n- Python and PostgreSQL\n- REST APIs on AWS`;
  const score = (title: string) => scoreMatch(me, prepareJob(makeJob(text, { title })));

  it('ranks below the same work on a permanent contract and says why', () => {
    const contract = score('Backend Engineer (6-Month Contract)');
    expect(contract.adjustments?.find((a) => a.kind === 'employment_terms')?.detail).toBe(
      'A contract post ("6-Month Contract"); you said you are not looking for contract work',
    );
    expect(contract.score).toBeLessThan(score('Backend Engineer').score - 10);
  });

  it('does not read a posting about contracts as a contract post', () => {
    const body = `${text}\n- Experience with contract testing and contract renewals`;
    const job = prepareJob(makeJob(body, { title: 'Backend Engineer' }));
    expect(scoreMatch(me, job).adjustments?.some((a) => a.kind === 'employment_terms')).toBe(false);
  });
});
