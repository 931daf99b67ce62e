import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile.ts';
import { reviewAnswers } from './review.ts';

const profile = {
  contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: ' ' },
  links: { linkedin: 'https://linkedin.com/in/ada' },
  location: { city: 'London', country: 'GB' },
  requiresSponsorship: false,
} as unknown as Profile;

describe('submission review', () => {
  it('lists exactly what will be sent, skipping blanks', () => {
    const { answers, warnings } = reviewAnswers(
      profile,
      [{ id: '1', question: 'Why us?', answer: 'Engines.', updatedAt: '2026-12-01T00:00:00.000Z' }],
      'Dear team…',
    );
    expect(answers).toEqual([
      { label: 'First name', value: 'Ada' },
      { label: 'Last name', value: 'Lovelace' },
      { label: 'Email', value: 'ada@example.com' },
      { label: 'City', value: 'London' },
      { label: 'Country', value: 'GB' },
      { label: 'LinkedIn', value: 'https://linkedin.com/in/ada' },
      { label: 'Requires visa sponsorship', value: 'No' },
      { label: 'Why us?', value: 'Engines.' },
      { label: 'Cover letter', value: 'Dear team…' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns when the profile is missing or has no email', () => {
    expect(reviewAnswers(undefined, [], null)).toEqual({
      answers: [],
      warnings: ['No profile yet: add one in Settings → Profile first.'],
    });
    const noEmail = { ...profile, contact: { firstName: 'Ada' } } as unknown as Profile;
    expect(reviewAnswers(noEmail, [], null).warnings[0]).toMatch(/no email/);
  });
});
