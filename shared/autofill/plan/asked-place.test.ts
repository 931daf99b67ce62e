import { describe, expect, it } from 'vitest';
import { placeInQuestion } from './asked-place.ts';

describe('placeInQuestion', () => {
  it('reads a country the question names', () => {
    expect(placeInQuestion('May you take a job in Ireland without a visa?')?.codes).toEqual(['IE']);
    expect(placeInQuestion('Can you work in the U.S. today?')?.codes).toEqual(['US']);
  });

  it('reads the EU and the EEA as their members, a named country first', () => {
    const eu = placeInQuestion('Are your papers valid for work anywhere in the EU?');
    expect(eu?.name).toBe('the EU');
    expect(eu?.codes).toContain('PT');
    expect(eu?.codes).not.toContain('NO');
    expect(placeInQuestion('Can you be hired within the European Economic Area?')?.codes).toContain('NO');
    expect(placeInQuestion('Can you work in Austria or elsewhere in the EU?')?.codes).toEqual(['AT']);
  });

  it('names no place for a question without one, nor for Portuguese "eu" (I)', () => {
    expect(placeInQuestion('Are you allowed to work where this job is?')).toBeNull();
    expect(placeInQuestion('eu tenho autorização para trabalhar')).toBeNull();
  });
});
