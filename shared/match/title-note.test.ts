import { describe, expect, it } from 'vitest';
import { prepareRuledOut, ruledOutBy } from './ruled-out.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';
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
});
