import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from './testing.ts';

describe('a conditional date box after the start question', () => {
  const start = radios('When would you be able to join?', 'when', [
    'Right away',
    'Within 2 weeks',
    'Within a month',
  ]);

  it('"If you know the exact date, enter it" right after the start question is its exact date', () => {
    expect(
      types(
        `${start}<label for="d">If you know the exact date, enter it</label><input id="d" name="d" placeholder="MM/DD/YYYY">`,
      ),
    ).toEqual(['start_date', 'start_date']);
  });

  it('a date box after some other question, or one with no condition, keeps its own reading', () => {
    expect(
      types(
        `${radios('Do you hold a forklift licence?', 'f', ['Yes', 'No'])}<label for="d">If so, its expiry date</label><input id="d" name="d">` +
          `${start}<label for="b">Birthday</label><input id="b" name="b" placeholder="DD/MM/YYYY">`,
      ),
    ).toEqual(['other', 'other', 'start_date', 'other']);
  });
});
