import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { headingOf } from './sections.ts';
import { readWorkRights } from './work-rights.ts';

describe('cities a search names for its role', () => {
  it('offer a move to a named city in another country ("a role in Zurich or Berlin")', () => {
    const d = readWorkRights(
      ['Leaving academia for an applied scientist or research scientist role in Zurich or Berlin.'],
      'CH',
    );
    expect([d.willingToRelocate, d.relocateTo]).toEqual([true, ['DE']]);
  });

  it('offer no move when both cities are at home, or when the sentence turns them down', () => {
    const home = readWorkRights(['Looking for a data analyst role in Manchester or Leeds.'], 'GB');
    expect([home.willingToRelocate, home.relocateTo]).toEqual([undefined, []]);
    const refused = readWorkRights(['Not looking for roles in London or Paris.'], 'GB');
    expect(refused.relocateTo).toEqual([]);
  });
});

describe('a "NEXT STEP" heading', () => {
  it('is the summary, so the wish under it is read: roles ruled out, places sought', () => {
    expect(headingOf('NEXT STEP')).toBe('summary');
    const draft = parseResumeText(
      [
        'Ana Ruiz',
        'Zurich, Switzerland | ana@example.org',
        'SKILLS',
        'PyTorch, Python',
        'NEXT STEP',
        'Leaving academia for a research scientist role in Zurich or Berlin. Not interested in ML ops roles.',
      ].join('\n'),
    );
    expect(draft.ruledOut).toEqual(['ML ops']);
    expect(draft.workRights.relocateTo).toEqual(['DE']);
  });
});
