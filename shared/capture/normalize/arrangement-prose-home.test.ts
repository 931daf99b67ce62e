import { describe, expect, it } from 'vitest';
import { workTypeFromProse } from './arrangement.ts';

describe('home offered as the whole place of work beside an office', () => {
  it('reads an office or wholly from home as remote, in several wordings', () => {
    const place = 'Place of work\nMunich office –\nor entirely from your home office anywhere in Austria';
    expect(workTypeFromProse(place)).toBe('remote');
    expect(workTypeFromProse('Use our Lyon hub or work fully from home, as you prefer.')).toBe('remote');
    expect(workTypeFromProse('You can work completely from home if you live outside Oslo.')).toBe('remote');
  });

  it('does not read part of the week from home', () => {
    expect(workTypeFromProse('Come to the office, or work entirely from home on Fridays.')).not.toBe(
      'remote',
    );
    expect(workTypeFromProse('Our office is in Graz, or entirely from home two days a week.')).not.toBe(
      'remote',
    );
  });
});
