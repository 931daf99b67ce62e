import { describe, expect, it } from 'vitest';
import { runsInto } from './testing.ts';

/** Management or an individual-contributor track ruled out: read from what the role does, not its title. */
describe('the individual contributor track, ruled out', () => {
  it('is met by a role that manages no one, whether or not it says the words', () => {
    const ic = 'This position is at L6 (Staff Software Engineer).\nYou will set the technical direction.';
    expect(runsInto('individual contributor', 'Software Engineer, Payments', ic)).toBe(
      'individual contributor',
    );
    const manager = [
      'You will line-manage seven engineers and run their 1:1s, hiring and reviews.',
      'Your direct reports: seven backend engineers on payouts.',
      'Engineers here grow as individual contributors or managers; you help each individual contributor choose.',
    ].join('\n');
    expect(runsInto('individual contributor', 'Engineering Manager, Payouts', manager)).toBeNull();
  });
});

describe('a posting that says the role has no reports', () => {
  it('is not a people-management role whatever its title', () => {
    const ic = [
      'Our Key Account Directors are senior sellers: each is a senior individual contributor.',
      'You will have no direct reports and will own six of our largest retail accounts.',
    ].join('\n');
    expect(runsInto('sales management', 'Key Account Director', ic)).toBeNull();
    expect(runsInto('people management', 'Key Account Director', ic)).toBeNull();
    const leads = 'You will lead our team of key account managers across the North.';
    expect(runsInto('sales management', 'Regional Sales Director', leads)).toBe('sales management');
  });

  it('a civil service post that says it is non-supervisory is no people management, whatever its classification', () => {
    const specialist =
      'This is a senior specialist (non-supervisory) position. You will act as the lead analyst on high-profile projects, but you will not supervise staff.';
    expect(
      runsInto(
        'people management',
        'Senior Policy Analyst (Staff Services Manager I - Specialist)',
        specialist,
      ),
    ).toBeNull();
  });
});

describe('management ruled out, and a posting whose body gives the role reports', () => {
  const manages = [
    'As our first Principal Data Scientist you will line-manage three data scientists.',
    'You will hold quarterly performance reviews and grow the team to five.',
    'Python and causal inference are a must.',
  ].join('\n');
  const leadsWithout = [
    'You will set the modelling standards for the whole company.',
    'There are no direct reports in this role; you will mentor two graduates.',
    'You will not run performance reviews.',
  ].join('\n');

  it('is met by a role the body says manages people, whatever the title', () => {
    expect(runsInto('people management', 'Principal Data Scientist', manages)).toBe('people management');
  });

  it('is not met by a lead role that says it has no reports', () => {
    expect(runsInto('people management', 'Principal Data Scientist', leadsWithout)).toBeNull();
  });
});
