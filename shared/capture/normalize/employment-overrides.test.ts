import { describe, expect, it } from 'vitest';
import { typeTheTextStates } from './employment-overrides.ts';

describe('a type tag the description overrides', () => {
  it('reads a stated internship over a full-time tag (its hours)', () => {
    const text = 'This is a 3-month, full-time internship in our data team.';
    expect(typeTheTextStates('full_time', text)?.type).toBe('internship');
  });

  it('reads a described dual study programme over a full-time tag', () => {
    expect(typeTheTextStates('full_time', 'Dein duales Studium beginnt im Oktober.')?.type).toBe(
      'internship',
    );
  });

  it('reads an independent agent over a full-time chip', () => {
    const text = 'You join the agency as an independent agent and set your own hours.';
    expect(typeTheTextStates('full_time', text)?.type).toBe('contract');
  });
});
