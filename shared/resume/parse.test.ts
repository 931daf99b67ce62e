import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractResumeText, ResumeFileError } from './extract-text.ts';
import { draftToProfile, parseResumeText } from './parse.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/resumes/${name}`, import.meta.url));
const skillNames = (d: ReturnType<typeof parseResumeText>) => d.skills.map((s) => s.name);

describe('resume import from the project-made PDF', () => {
  let extracted: Awaited<ReturnType<typeof extractResumeText>>;
  let draft: ReturnType<typeof parseResumeText>;
  beforeAll(async () => {
    extracted = await extractResumeText(fixture('resume.pdf'), { fileName: 'resume.pdf' });
    draft = parseResumeText(extracted.text);
  });

  it('reads the text layer line by line', () => {
    expect(extracted.kind).toBe('pdf');
    expect(extracted.pages).toBe(1);
    expect(extracted.text.split('\n')[0]).toBe('Priya Nair');
  });

  it('drafts contact, experience with dates, education and skills', () => {
    expect(draft.contact).toMatchObject({
      firstName: 'Priya',
      lastName: 'Nair',
      email: 'priya.nair@example.com',
      phone: '(206) 555-0134',
    });
    expect(draft.links.github).toBe('https://github.com/priyanair');
    expect(draft.location).toMatchObject({ city: 'Seattle', region: 'WA', country: 'US' });
    expect(draft.experience).toHaveLength(2);
    expect(draft.experience[0]).toMatchObject({
      title: 'Senior Frontend Engineer',
      company: 'Cascade Health',
      location: 'Seattle, WA',
      start: '2021-01',
      current: true,
    });
    expect(draft.experience[0].bullets).toHaveLength(3);
    expect(draft.experience[1]).toMatchObject({
      title: 'Frontend Developer',
      company: 'Pinecone Labs',
      start: '2018-06',
      end: '2020-12',
      current: false,
    });
    expect(draft.education[0]).toMatchObject({
      degree: 'B.S.',
      field: 'Computer Science',
      school: 'University of Washington',
      end: '2018-06',
    });
    expect(skillNames(draft)).toEqual(
      expect.arrayContaining([
        'React',
        'TypeScript',
        'GraphQL',
        'Storybook',
        'Web Accessibility',
        'Vue.js',
        'Cypress',
      ]),
    );
    expect(draft.targetTitles).toEqual(['Frontend engineer']);
    expect(draft.warnings).toEqual([]);
  });
});

describe('resume import from the project-made DOCX', () => {
  let kind: string;
  let draft: ReturnType<typeof parseResumeText>;
  beforeAll(async () => {
    const extracted = await extractResumeText(fixture('resume.docx'));
    kind = extracted.kind;
    draft = parseResumeText(extracted.text);
  });

  it('drafts entries written as "Title | Company | City" with month-name dates', () => {
    expect(kind).toBe('docx');
    expect(draft.contact).toMatchObject({ firstName: 'Marcus', lastName: 'Bell', phone: '720-555-0188' });
    expect(draft.links.linkedin).toBe('https://linkedin.com/in/marcusbell');
    expect(draft.experience.map((e) => [e.title, e.company, e.start, e.end ?? null, e.current])).toEqual([
      ['Supply Chain Analyst', 'Summit Outdoor Supply', '2021-03', null, true],
      ['Inventory Planner', 'Front Range Foods', '2019-08', '2021-02', false],
    ]);
    expect(draft.education[0]).toMatchObject({
      school: 'Colorado State University',
      degree: 'Bachelor of Science',
      field: 'Business Administration',
    });
    expect(draft.certifications[0].name).toMatch(/CSCP/);
    expect(skillNames(draft)).toEqual(
      expect.arrayContaining([
        'Demand Planning',
        'Inventory Management',
        'SQL',
        'Microsoft Excel',
        'Power BI',
        'SAP',
      ]),
    );
  });

  it('makes a complete Profile for matching', () => {
    const profile = draftToProfile(draft);
    expect(profile.experience[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(profile.skills.every((s) => s.source === 'resume')).toBe(true);
  });
});

describe('plain-text resume with company-first entries and year-only dates', () => {
  const draft = parseResumeText(fixture('resume.txt').toString('utf8'));

  it('finds title, company and years in either order', () => {
    expect(draft.contact).toMatchObject({
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@example.org',
    });
    expect(draft.location.country).toBe('DE');
    expect(draft.links.portfolio).toBe('https://janedoe.dev');
    expect(draft.experience[0]).toMatchObject({
      title: 'Product Designer',
      company: 'Acme GmbH',
      start: '2019-01',
      end: '2023-06',
    });
    expect(draft.experience[1]).toMatchObject({ title: 'UX Designer', start: '2016-01' });
    expect(draft.education[0]).toMatchObject({ degree: 'M.A.', school: 'Berlin University of the Arts' });
    expect(skillNames(draft)).toEqual(
      expect.arrayContaining(['Figma', 'Sketch', 'User Research', 'Prototyping', 'Design Systems']),
    );
  });

  it('reads one-line entries, dates before titles, two-digit years and a school above its degree', () => {
    const draft = parseResumeText(
      [
        'Sam Patel',
        'sam@example.com',
        'EXPERIENCE',
        'Software Engineer | Acme Corp | Jan. 2019 – Present',
        '• Built services in Go.',
        '2016 - 2018',
        'Data Analyst, Beta LLC',
        '• SQL reports.',
        'Globex Inc. — New York, NY',
        'Product Manager',
        'Mar 15 – Dec 15',
        'EDUCATION',
        'University of Michigan',
        'Bachelor of Arts in Economics, 2016',
      ].join('\n'),
    );
    expect(draft.experience.map((e) => [e.title, e.company, e.start, e.end ?? null, e.current])).toEqual([
      ['Software Engineer', 'Acme Corp', '2019-01', null, true],
      ['Data Analyst', 'Beta LLC', '2016-01', '2018-06', false],
      ['Product Manager', 'Globex Inc.', '2015-03', '2015-12', false],
    ]);
    expect(draft.education).toEqual([
      {
        school: 'University of Michigan',
        degree: 'Bachelor of Arts',
        field: 'Economics',
        start: undefined,
        end: '2016-06',
      },
    ]);
  });

  it('never invents what is not there', () => {
    const draft = parseResumeText('Just a note with no resume in it.');
    expect(draft.experience).toEqual([]);
    expect(draft.education).toEqual([]);
    expect(draft.contact.email).toBeUndefined();
    expect(draft.warnings.length).toBeGreaterThan(0);
  });
});

describe('file problems are named, never turned into a profile', () => {
  it.each([
    ['encrypted.pdf', 'encrypted'],
    ['scanned.pdf', 'no-text'],
    ['corrupt.pdf', 'corrupt'],
    ['corrupt.docx', 'corrupt'],
    ['empty.pdf', 'empty'],
    ['legacy.doc', 'unsupported'],
  ])('%s -> %s', async (file, problem) => {
    const error = await extractResumeText(fixture(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResumeFileError);
    expect((error as ResumeFileError).problem).toBe(problem);
    expect((error as Error).message).toMatch(/\w+ \w+ \w+/);
  });

  it('rejects images and reads plain text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(extractResumeText(png)).rejects.toMatchObject({ problem: 'unsupported' });
    const text = await extractResumeText(new TextEncoder().encode('\uFEFFJane Doe\nEngineer'));
    expect(text).toEqual({ kind: 'text', text: 'Jane Doe\nEngineer' });
  });
});

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
