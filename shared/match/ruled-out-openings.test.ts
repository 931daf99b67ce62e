import { describe, expect, it } from 'vitest';
import { runsInto } from './testing.ts';

describe('a hiring page whose title lists its openings', () => {
  const page = [
    'We are hiring for three roles.',
    'Senior Backend Engineer (Go): payments, idempotency and reconciliation in Go and PostgreSQL.',
    'Marketing Manager, US: email campaigns in HubSpot and trade shows.',
  ].join('\n');

  it('is not the ruled-out role one of its openings names', () => {
    const title =
      'Tillpoint is hiring: Senior Backend Engineer (Go), Frontend Engineer, Marketing Manager (US)';
    expect(runsInto('frontend', title, page)).toBeNull();
  });

  it('while a single role’s title still is', () => {
    expect(runsInto('frontend', 'Frontend Engineer', page)).toBe('frontend');
  });
});
