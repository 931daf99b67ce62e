import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile.ts';
import { describeFieldValue, replacedFields, withField } from './profile-diff.ts';

const profile = (patch: Partial<Profile> & { updatedAt: string }): Profile => ({
  id: '00000000-0000-4000-8000-000000000001',
  contact: { firstName: 'Ada', phone: '+1 555 0100' },
  links: {},
  location: { city: 'Lisbon' },
  workAuthorization: [],
  requiresSponsorship: null,
  salaryExpectation: null,
  targetTitles: ['Engineer'],
  workTypes: [],
  industries: [],
  experience: [],
  education: [],
  skills: [{ name: 'Go', source: 'input' }],
  certifications: [],
  projects: [],
  eeo: {},
  ...patch,
});

const base = profile({ updatedAt: '2026-01-01T00:00:00.000Z' });

describe('replacedFields', () => {
  it('lists each field the winning profile replaced, mine vs theirs, with both edit times', () => {
    const mine = profile({
      updatedAt: '2026-01-02T00:00:00.000Z',
      contact: { firstName: 'Ada', phone: '+1 555 0199' },
    });
    const theirs = profile({
      updatedAt: '2026-01-03T00:00:00.000Z',
      contact: { firstName: 'Ada', phone: '+44 20 7946 0000' },
    });
    expect(replacedFields(mine, theirs, base)).toEqual([
      {
        path: 'contact.phone',
        label: 'Phone',
        mine: '+1 555 0199',
        theirs: '+44 20 7946 0000',
        mineEditedAt: '2026-01-02T00:00:00.000Z',
        theirsEditedAt: '2026-01-03T00:00:00.000Z',
      },
    ]);
  });

  it('leaves out fields this device did not change since the last server version (the other device edited them)', () => {
    const mine = profile({ updatedAt: '2026-01-02T00:00:00.000Z', location: { city: 'Porto' } });
    const theirs = profile({ updatedAt: '2026-01-03T00:00:00.000Z', targetTitles: ['Staff engineer'] });
    expect(replacedFields(mine, theirs, base).map((f) => f.path)).toEqual(['location.city']);
  });

  it('compares groups whole and ignores key order and empty-vs-missing', () => {
    const mine = profile({
      updatedAt: '2026-01-02T00:00:00.000Z',
      skills: [{ source: 'input', name: 'Go' } as never, { name: 'Rust', source: 'input' }],
      links: { github: '' },
      contact: { phone: '+1 555 0100', firstName: 'Ada' },
    });
    const theirs = profile({ updatedAt: '2026-01-03T00:00:00.000Z' });
    const fields = replacedFields(mine, theirs, base);
    expect(fields.map((f) => f.path)).toEqual(['skills']);
    expect(describeFieldValue(fields[0]?.mine)).toBe('2 entries');
  });

  it('without a base counts every field where this device had a value, and not its empty ones', () => {
    const mine = profile({
      updatedAt: '2026-01-02T00:00:00.000Z',
      contact: { phone: '+1 555 0100' },
      targetTitles: [],
    });
    const theirs = profile({ updatedAt: '2026-01-03T00:00:00.000Z', contact: { firstName: 'Ada' } });
    expect(
      replacedFields(mine, theirs).map((f) => [
        f.label,
        describeFieldValue(f.mine),
        describeFieldValue(f.theirs),
      ]),
    ).toEqual([['Phone', '+1 555 0100', 'empty']]);
  });

  it('sets one field back, nested or whole, without touching the rest', () => {
    const theirs = profile({
      updatedAt: '2026-01-03T00:00:00.000Z',
      contact: { firstName: 'Ada', phone: '+44' },
    });
    const kept = withField(theirs, 'contact.phone', '+1 555 0199');
    expect(kept.contact).toEqual({ firstName: 'Ada', phone: '+1 555 0199' });
    expect(withField(kept, 'contact.phone', undefined).contact).toEqual({ firstName: 'Ada' });
    expect(withField(kept, 'targetTitles', ['CTO']).targetTitles).toEqual(['CTO']);
    expect(theirs.contact.phone).toBe('+44');
  });
});
