import { describe, expect, it } from 'vitest';
import { prepareRuledOut } from './ruled-out.ts';
import { ruledOutBy } from './ruled-out-by.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

// What own-field-modifier.ts keeps out of a ruled-out reading: the person's own field, named beside
// the word they ruled out.
describe("a ruled-out word that qualifies the person's own field", () => {
  // A platform engineer "not interested in frontend".
  const ruled = prepareRuledOut(['frontend'], '', ['swe/infra', 'swe/backend']);
  const runs = (title: string, text: string) => ruledOutBy(ruled, prepareJob(makeJob(text, { title })));
  const infra = [
    'The Frontend Infrastructure team runs CI for 180 product engineers.',
    'You will run our GitHub Actions runners on EKS and the Frontend Infrastructure build cache.',
  ].join('\n');

  it('leaves the work in their field ("Frontend Infrastructure Engineer")', () => {
    expect(runs('Frontend Infrastructure Engineer', infra)).toBeNull();
  });

  it('still rules out a title whose field is the ruled-out word ("Frontend Developer")', () => {
    expect(runs('Senior Frontend Engineer', 'You will build React components.')).toBe('frontend');
    expect(
      ruledOutBy(
        prepareRuledOut(['frontend'], '', ['swe']),
        prepareJob(makeJob('You will build React components.', { title: 'Frontend Developer' })),
      ),
    ).toBe('frontend');
  });

  it('still rules out a body that returns to it on its own', () => {
    const about = `${infra}\nYou will also build frontend features.\nMost weeks are frontend product work.`;
    expect(runs('Frontend Infrastructure Engineer', about)).toBe('frontend');
  });
});

describe("a ruled-out word joined to a word of the person's own titles", () => {
  // A buildings structural engineer "not looking at civil / infrastructure work".
  const ruled = prepareRuledOut(['civil'], '', [], ['Senior Structural Engineer']);
  const runs = (text: string) =>
    ruledOutBy(ruled, prepareJob(makeJob(text, { title: 'Senior Structural Engineer - Buildings' })));

  it('is a firm or team spanning both, not the work ("structural and civil", "Civil & Structural")', () => {
    const firm = [
      'We are a structural and civil engineering consultancy designing apartments and schools.',
      'Our tools: Engineering Software (Civil & Structural Engineering).',
    ].join('\n');
    expect(runs(firm)).toBeNull();
  });

  it('is still the work when the posting returns to it on its own', () => {
    const roads = 'You will design civil works for roads.\nMost projects are civil infrastructure.';
    expect(runs(roads)).toBe('civil');
  });
});
