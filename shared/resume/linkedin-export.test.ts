import { describe, expect, it } from 'vitest';
import { mainColumnFirst } from './linkedin-export.ts';
import { parseResumeText } from './parse.ts';

// As LinkedIn's "Save to PDF" prints a profile: the side column, then the main one.
const EXPORT = `Contact
oona.virtanen@example.com
www.linkedin.com/in/oona-virtanen (LinkedIn)
Top Skills
Kotlin
Android Jetpack
Languages
Finnish (Native or Bilingual)
Certifications
Associate Android Developer
Oona Virtanen
Senior Android Engineer at Kuusi Pay | Kotlin, Compose,
payments
Helsinki, Uusimaa, Finland
Summary
Android engineer for 7 years, the last 3 on card payments.
Experience
Kuusi Pay
Senior Android Engineer
May 2022 - Present (3 years 8 months)
Helsinki, Finland`;

describe("LinkedIn's exported profile", () => {
  it('puts the name, headline and place back on top, before the side column', () => {
    const lines = mainColumnFirst(EXPORT).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Oona Virtanen',
      'Senior Android Engineer at Kuusi Pay | Kotlin, Compose,',
      'payments',
      'Helsinki, Uusimaa, Finland',
    ]);
  });

  it('is read with its place, its top skills as skills and its certificate as one', () => {
    const draft = parseResumeText(EXPORT);
    expect(draft.location.country).toBe('FI');
    expect(draft.skills.map((s) => s.name)).toContain('Kotlin');
    expect(draft.certifications.map((c) => c.name)).toEqual(['Associate Android Developer']);
    expect(draft.experience[0]).toMatchObject({ title: 'Senior Android Engineer', company: 'Kuusi Pay' });
  });

  it('leaves a resume that only opens with a contact heading as it was', () => {
    const text = 'Contact\njo@example.com\nJo Park\nSeoul\nSummary\nDesigner.';
    expect(mainColumnFirst(text)).toBe(text);
  });
});
