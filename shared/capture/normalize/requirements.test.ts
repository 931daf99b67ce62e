import { describe, expect, it } from 'vitest';
import { splitRequirements } from './requirements.ts';

describe('splitRequirements', () => {
  it('keeps required and preferred sections apart', () => {
    const text = [
      'About the role',
      'You will build things.',
      "What you'll bring:",
      '• 5+ years of TypeScript',
      '• Experience with PostgreSQL',
      'Nice to have',
      '• Kubernetes',
      '• Rust',
      'Benefits',
      '• Unlimited PTO',
    ].join('\n');
    expect(splitRequirements(text)).toEqual({
      required: ['5+ years of TypeScript', 'Experience with PostgreSQL'],
      preferred: ['Kubernetes', 'Rust'],
    });
  });

  it('moves "a plus" lines inside a required list to preferred', () => {
    const text = 'Requirements\n• Go\n• Familiarity with Terraform is a plus\nAbout us\n• We are nice';
    expect(splitRequirements(text)).toEqual({
      required: ['Go'],
      preferred: ['Familiarity with Terraform is a plus'],
    });
  });

  it('returns empty lists when there are no requirement headings', () => {
    expect(splitRequirements('We make software.\nJoin us.')).toEqual({ required: [], preferred: [] });
  });
});

describe('splitRequirements without bullets', () => {
  it('reads one requirement per paragraph until the next heading', () => {
    const text =
      'Qualifications\n5+ years building distributed systems\nFluent English\nBenefits\nFree lunch';
    expect(splitRequirements(text)).toEqual({
      required: ['5+ years building distributed systems', 'Fluent English'],
      preferred: [],
    });
  });
});
