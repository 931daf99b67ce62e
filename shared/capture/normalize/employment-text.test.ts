import { describe, expect, it } from 'vitest';
import { typeTheTextGives } from './employment-text.ts';

describe('the type the description gives where nothing else did', () => {
  it('reads a full week of hours with no type word as full-time, last', () => {
    expect(typeTheTextGives('The 37.5 hours are worked on a rota.', ['37.5 hours per week'])?.type).toBe(
      'full_time',
    );
    expect(typeTheTextGives('Hours: 40 hours per week\nContract: Fixed term (6 months)')?.type).toBe(
      'temporary',
    );
    expect(typeTheTextGives('About the role', ['Flexible'])).toBeNull();
  });
});
