import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractResumeText, ResumeFileError } from './extract-text.ts';
import { draftToProfile, parseResumeText } from './parse.ts';

// The import end to end on the project's sample resume files (PDF, DOCX, plain text) and on broken files; the
// readings of pasted text by layout are in parse.test.ts.
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
