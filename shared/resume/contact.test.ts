import { describe, expect, it } from 'vitest';
import { parseContact } from './contact.ts';

describe('contact header', () => {
  it('splits header fields set off by a spaced hyphen, and keeps a hyphen inside a place', () => {
    const spaced = parseContact(['Rosa Delgado', 'Denver, CO - (720) 555-0111 - rosa.d@example.com']);
    expect(spaced.location).toEqual({ city: 'Denver', region: 'CO', country: 'US' });
    expect(spaced.phone).toBe('(720) 555-0111');
    const joined = parseContact(['Ann Lee', 'Winston-Salem, NC | ann@example.com']);
    expect(joined.location).toMatchObject({ region: 'NC', country: 'US' });
  });
});
