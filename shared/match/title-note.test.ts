import { describe, expect, it } from 'vitest';
import { prepareProfile } from './profile.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeJob, makeProfile } from './testing.ts';
import { titleSaidToBe } from './title-note.ts';

const title = 'Customer Success Manager, Strategic Accounts';
const note = [
  `${title}`,
  `A note on the title. At Ambergate, "${title}" is a quota-carrying sales role. We kept the name for our customers.`,
  'You will carry an annual expansion quota and run full new-business cycles.',
].join('\n');

describe('a posting that says its title is not the job', () => {
  it('reads the role it says the quoted title is', () => {
    expect(titleSaidToBe(title, note)).toBe('a quota-carrying sales role');
    expect(titleSaidToBe(title, `${title}\nYou will own renewals for 40 accounts.`)).toBeNull();
  });

  it('is held against what it says it is, not its title', () => {
    const job = prepareJob(makeJob(note, { title }));
    expect(ruledOutBy(prepareRuledOut(['customer success']), job)).toBeNull();
    expect(ruledOutBy(prepareRuledOut(['quota-carrying sales']), job)).toBe('quota-carrying sales');
  });

  it('says in the side panel that the title was read as the role the posting names', () => {
    const person = prepareProfile(makeProfile({ ruledOut: ['quota-carrying sales'] }), null);
    const cut = scoreMatch(person, prepareJob(makeJob(note, { title }))).adjustments?.find(
      (a) => a.kind === 'ruled_out',
    );
    expect(cut?.detail).toBe(
      `You said you are not looking for quota-carrying sales (the posting says "${title}" is a quota-carrying sales role)`,
    );
  });
});

describe('a title the posting names in its own words', () => {
  const solutions = [
    'About the role',
    '"Solutions Executive" is our name for an account executive who can also run the technical side of a deal.',
    'You will own deals from first call to signature.',
  ].join('\n');

  it('reads "<title> is our name for a <role>" as that role', () => {
    expect(titleSaidToBe('Solutions Executive', solutions)).toBe('an account executive');
  });

  it('is held against a role ruled out with the word that says its kind ("quota-carrying")', () => {
    const ruled = prepareRuledOut(['quota-carrying account executive']);
    expect(ruledOutBy(ruled, prepareJob(makeJob(solutions, { title: 'Solutions Executive' })))).toBe(
      'quota-carrying account executive',
    );
    const ae = prepareJob(
      makeJob('You will win new logos in a named territory.', { title: 'Enterprise Account Executive' }),
    );
    expect(ruledOutBy(ruled, ae)).toBe('quota-carrying account executive');
    const se = prepareJob(
      makeJob('You will run demos with our account executives.', { title: 'Solutions Engineer' }),
    );
    expect(ruledOutBy(ruled, se)).toBeNull();
  });
});
