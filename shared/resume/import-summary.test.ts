import { describe, expect, it } from 'vitest';
import { describeImport } from './import-summary.ts';

const none = { experience: 0, education: 0, skills: 0, certifications: 0, filled: [] };

describe('describeImport', () => {
  it('names what was added, in the singular where there is one', () => {
    expect(
      describeImport({ ...none, experience: 2, education: 1, skills: 15, filled: ['a', 'b'] }, true),
    ).toBe(
      'Imported: 2 positions, 1 school, 15 skills, filled 2 empty fields. The file is kept for autofill.',
    );
  });

  it('leaves out what the resume did not add', () => {
    expect(describeImport({ ...none, skills: 1 }, false)).toBe('Imported: 1 skill.');
  });

  it('says a resume already imported added nothing new, never "0 positions"', () => {
    const text = describeImport(none, true);
    expect(text).toBe(
      'Already in your profile: this resume added nothing new. The file is kept for autofill.',
    );
    expect(text).not.toMatch(/\b0\b/);
  });
});
