import { describe, expect, it } from 'vitest';
import { withTyped } from './TitleChips.tsx';

describe('withTyped', () => {
  it('saves the title still in the box along with the chips', () => {
    expect(withTyped(['Backend Engineer'], '  Staff Engineer ')).toEqual([
      'Backend Engineer',
      'Staff Engineer',
    ]);
  });
  it('adds nothing for an empty box or a title already chosen (any case)', () => {
    expect(withTyped(['Backend Engineer'], '   ')).toEqual(['Backend Engineer']);
    expect(withTyped(['Backend Engineer'], 'backend engineer')).toEqual(['Backend Engineer']);
  });
});
