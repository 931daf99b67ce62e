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

  it('reads the Schengen area and Europe as the states whose people move freely between them', () => {
    const schengen = placeInQuestion('Are you legally allowed to work in the Schengen area?');
    expect(schengen?.codes).toContain('CH');
    expect(schengen?.codes).not.toContain('IE');
    const europe = placeInQuestion('Do you have the right to work in Europe?');
    expect(europe?.name).toBe('Europe');
    expect(europe?.codes).toEqual(expect.arrayContaining(['DE', 'NO', 'CH']));
    // Since Brexit a British passport alone does not answer it.
    expect(europe?.codes).not.toContain('GB');
    expect(placeInQuestion('Can you work for a European company from where you live?')).toBeNull();
  });

  it('names no place for a question without one, nor for Portuguese "eu" (I)', () => {
    expect(placeInQuestion('Are you allowed to work where this job is?')).toBeNull();
    expect(placeInQuestion('eu tenho autorização para trabalhar')).toBeNull();
  });
});
