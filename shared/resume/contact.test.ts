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

  it('keeps the short rest of a summary sentence the page broke off', () => {
    const c = parseContact([
      'Charlotte Meade',
      'Walthamstow, London | charlotte.meade@example.com',
      'I want to stay an individual contributor: I am not looking for SDR, sales',
      'management or channel/partner roles.',
      'British citizen',
    ]);
    expect(c.summary).toEqual([
      'I want to stay an individual contributor: I am not looking for SDR, sales',
      'management or channel/partner roles.',
    ]);
  });

  it('reads a post-nominal on the name line as no place when a later header line gives one', () => {
    // CA is a Chartered Accountant here, not California; R.T.(R)(CT) a technologist, not Connecticut.
    const ca = parseContact(['Kiri Hemara, CA', 'Surry Hills NSW | 0450 555 342 | kiri@example.com']);
    expect(ca.location).toEqual({ city: 'Surry Hills', region: 'NSW', country: 'AU' });
    expect(ca.firstName).toBe('Kiri');
    const alone = parseContact(['Dana Ruiz | Austin, TX | dana@example.com']);
    expect(alone.location).toMatchObject({ city: 'Austin', region: 'TX' });
  });

  it("reads a European CV's labelled fields under a document title", () => {
    const c = parseContact([
      'CURRICULUM VITAE',
      'Name: Aoife Brennan ACA',
      'Address: 4 Harbour View, Salthill, Galway, H91 X2Y3, Ireland',
      'E-mail: aoife@example.com',
      'Nationality: Irish',
    ]);
    expect(c.firstName).toBe('Aoife');
    expect(c.lastName).toBe('Brennan');
    expect(c.email).toBe('aoife@example.com');
    expect(c.location).toMatchObject({ city: 'Galway', country: 'IE' });
    expect(c.summary).toEqual([]);
  });
});
