import { describe, expect, it } from 'vitest';
import { employmentTypeInProse } from './employment-prose.ts';

describe('the hours said of "this" role', () => {
  it('reads "the US base salary range for this full-time position" as a full-time post', () => {
    expect(
      employmentTypeInProse(
        'The US base salary range for this full-time position is $136,000-$200,000 + bonus + equity + benefits.',
      ),
    ).toBe('full_time');
    expect(employmentTypeInProse('Benefits for this part-time role include paid leave.')).toBe('part_time');
  });

  it('does not read full-time words about other people or jobs', () => {
    expect(employmentTypeInProse('Benefits are offered to full-time employees.')).toBeNull();
  });
});
