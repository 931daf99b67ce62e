import { describe, expect, it } from 'vitest';
import { prepareRuledOut, ruledOutBy } from './ruled-out.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

const runsInto = (phrase: string, title: string, text: string) =>
  ruledOutBy(prepareRuledOut([phrase]), prepareJob(makeJob(text, { title })));

describe('a ruled-out phrase of several words', () => {
  const prison = [
    'Hawthorn Secure Unit is a forensic mental health service with 60 secure beds and a prison in-reach team.',
    'You will join the secure unit rehabilitation team and the prison in-reach clinic twice a week.',
    'Experience in a secure or forensic setting is welcome.',
  ].join('\n');

  it('is met when the posting uses every word, more than once, together in a paragraph', () => {
    expect(runsInto('forensic prison', 'Mental Health Nurse', prison)).toBe('forensic prison');
  });

  it('is not met by words the posting uses apart or only once', () => {
    const apart =
      'We run a prison in-reach clinic.\nOur prison team is small.\nForensic notes are kept.\nForensic audits follow.';
    expect(runsInto('forensic prison', 'Mental Health Nurse', apart)).toBeNull();
    expect(runsInto('forensic prison', 'Mental Health Nurse', 'A forensic prison role.')).toBeNull();
  });

  it('leaves out words that say how much rather than what ("web-app-only")', () => {
    const text = 'Our web app is built in Vue.\nYou will build Vue components for our web app.';
    expect(runsInto('web-app-only', 'Frontend Engineer', text)).toBe('web-app-only');
  });
});
