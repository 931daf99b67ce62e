import { describe, expect, it } from 'vitest';
import { datedTermInProse } from './employment-dated-term.ts';
import { typeTheTextStates } from './employment-overrides.ts';

describe('a hire that runs between two dates', () => {
  it.each([
    'Peak-season hire: October 13 through January 9.',
    'This is a holiday position, 1 December to 4 January.',
    'Employment runs from June 2 until August 29, 2026.',
    'Summer role (May 26 – Sept 5)',
    'The contract runs from 3 March to 27 June.',
  ])('reads "%s" as a dated term', (text) => {
    expect(datedTermInProse(text)).toBe(true);
  });

  it('leaves a closing date, a start date or an application window', () => {
    expect(datedTermInProse('Applications are open from October 1 to October 31.')).toBe(false);
    expect(datedTermInProse('The position starts January 5; interviews December 8 - 12.')).toBe(false);
    expect(datedTermInProse('Job posted November 3. Closing date: November 30.')).toBe(false);
    expect(datedTermInProse('Training runs from 6 January to 17 January, then you join the team.')).toBe(
      false,
    );
  });

  it('reads a job noun with a word or two of its kind between the article and it', () => {
    expect(
      datedTermInProse('This is a max-term contract from 27 October to 1 February: build, trade, pack-down.'),
    ).toBe(true);
    expect(datedTermInProse('We need you for a casual floor role from 2 December to 20 December.')).toBe(
      true,
    );
    expect(datedTermInProse('It is a permanent role from 2 December to 20 December for now.')).toBe(false);
  });

  it('turns a "Full time" time type into temporary', () => {
    expect(typeTheTextStates('full_time', 'Peak-season hire: October 13 through January 9.')?.type).toBe(
      'temporary',
    );
  });
});
