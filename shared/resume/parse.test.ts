import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';

// Pasted resume text read by its layout: headers, broken sentences, degrees, sections. The sample files and broken
// files are in parse-files.test.ts.

describe('a country alone in the header', () => {
  it('is where the person lives ("Singapore | e-mail"), but a first-line name is not a country', () => {
    expect(
      parseResumeText('Tan Wei Ling\nSingapore | wl@example.com\n\nSUMMARY\nAccountant.').location.country,
    ).toBe('SG');
    expect(
      parseResumeText('Jordan Lee\njordan@example.com\n\nSUMMARY\nEngineer.').location.country,
    ).toBeUndefined();
  });
});

describe('sentences a PDF broke over lines', () => {
  it('reads what the person wants, rules out and needs as whole sentences again', () => {
    const draft = parseResumeText(`Dana Reyes
Staff Frontend Engineer
Austin, TX | dana@example.com
Right to work: UK Skilled Worker visa. A new employer would need to sponsor me
(Certificate of Sponsorship).

SUMMARY
Frontend engineer with 10 years of experience. Looking for a Staff or Principal individual-contributor
role, fully remote within the US. Not pursuing people
management.

EXPERIENCE
Staff Software Engineer - Ridgeway Health, Remote    Jan 2023 - Present
- Led the React design system`);
    expect(draft.workRights.workTypes).toEqual(['remote']);
    expect(draft.targetTitles.join(' | ')).toMatch(/Staff/);
    expect(draft.ruledOut.join(' | ')).toMatch(/people management/);
  });

  it('does not run a header line on into the summary under it, however long the header line', () => {
    const draft = parseResumeText(`Jonah Rangi
Brunswick East VIC 3057 | jonah@example.com
New Zealand citizen, living in Melbourne since 2019 - full working rights in Australia
SUMMARY
Structural engineer with 8 years in building structures, looking for a Senior engineer role.`);
    for (const { text } of draft.workRights.evidence)
      expect(text).toBe(
        'New Zealand citizen, living in Melbourne since 2019 - full working rights in Australia',
      );
  });
});

describe('header fields split by a lone symbol', () => {
  it('reads the place from "City, ST  *  phone  *  e-mail" as from a bar-separated header', () => {
    const draft = parseResumeText(
      'Rowan Pike\nDenver, CO  *  (303) 555-0111  *  rowan@example.com\n\nSUMMARY\nRecruiter.',
    );
    expect(draft.location).toMatchObject({ city: 'Denver', region: 'CO', country: 'US' });
  });
});

describe('a Bachelor of Engineering written "BE (Hons)"', () => {
  it('is a degree on a resume and a bachelor\'s to matching; the verb "be" is neither', async () => {
    const { degreeOf } = await import('../match/requirement-item.ts');
    const draft = parseResumeText(
      'Jonah Te Rangi\njonah@example.com\n\nEDUCATION\nBE (Hons) Civil Engineering, University of Canterbury (2017)',
    );
    expect(draft.education[0]).toMatchObject({ school: 'University of Canterbury', end: '2017-06' });
    expect(draft.education[0]?.degree).toMatch(/^BE \(Hons\)/);
    expect(degreeOf(draft.education[0]!.degree!)).toBe(2);
    expect(degreeOf('You will be (hopefully) on site')).toBeUndefined();
  });
});

describe('a "Work authorization" section', () => {
  it('is read for the right to work, and kept out of the summary', () => {
    const draft = parseResumeText(`Priya Raman
priya@example.com

SUMMARY
Machine-learning engineer working on search ranking.

WORK AUTHORIZATION
H-1B (current employer). A new employer would need to file an H-1B transfer.`);
    expect(draft.workRights.requiresSponsorship).toBe(true);
    expect(draft.summary).toBe('Machine-learning engineer working on search ranking.');
  });
});

describe('a European CV', () => {
  const cv = [
    'CURRICULUM VITAE',
    '',
    'PERSONAL DETAILS',
    'Name: Aoife Brennan',
    'Address: 4 Harbour View, Salthill, Galway, H91 X2Y3, Ireland',
    'E-mail: aoife@example.com',
    'Nationality: Irish',
    '',
    'PERSONAL STATEMENT',
    'Management accountant with 9 years in manufacturing. I am looking for a Finance Manager role in Galway. I am not looking for payroll roles.',
    '',
    'WORK EXPERIENCE',
    '01/2018 - present  Management Accountant, Corrib Components Ltd, Galway',
    '- Monthly management accounts and cost variance analysis.',
    '',
    'LANGUAGE SKILLS',
    'Irish | B2 | B2 | B1 | B1 | B1',
  ].join('\n');

  it('reads the contact block, the statement and the nationality under their own headings', () => {
    const d = parseResumeText(cv);
    expect(d.contact).toMatchObject({ firstName: 'Aoife', lastName: 'Brennan', email: 'aoife@example.com' });
    expect(d.location).toMatchObject({ city: 'Galway', country: 'IE' });
    expect(d.targetTitles).toEqual(['Finance Manager']);
    expect(d.ruledOut).toEqual(['payroll']);
    expect(d.workRights.citizenship).toEqual(['IE']);
    expect(d.experience.map((e) => e.title)).toEqual(['Management Accountant']);
  });
});

describe('a role whose title holds a comma in brackets', () => {
  it('keeps the bracket with the title: "Student Researcher (part-time, 14 months), a research lab"', () => {
    const draft = parseResumeText(
      [
        'Ana Ruiz',
        'EXPERIENCE',
        "Student Researcher (part-time, 14 months), a search company's research lab, Zurich",
        'Jan 2021 - Feb 2022',
        '- Distilled a multilingual retriever',
      ].join('\n'),
    );
    expect(draft.experience[0]).toMatchObject({
      title: 'Student Researcher (part-time, 14 months)',
      company: "a search company's research lab",
    });
  });
});
