import { describe, expect, it } from 'vitest';
import { unwrapLines } from './line-wrap.ts';
import { headingOf, splitResume } from './sections.ts';

describe('resume headings', () => {
  it('reads professional qualifications and development as certifications', () => {
    for (const h of ['PROFESSIONAL QUALIFICATIONS', 'Professional Development', 'Registrations'])
      expect(headingOf(h), h).toBe('certifications');
  });

  it('reads education joined with its certifications or credentials as education', () => {
    for (const h of [
      'EDUCATION AND CERTIFICATIONS',
      'Education & Credentials',
      'Education and Certification',
    ])
      expect(headingOf(h), h).toBe('education');
  });

  it('reads experience named for its field ("Teaching Experience") as experience, volunteering apart', () => {
    for (const h of ['TEACHING EXPERIENCE', 'Nursing Experience:', 'Work Experience'])
      expect(headingOf(h), h).toBe('experience');
    expect(headingOf('Volunteer Experience')).toBe('other');
  });

  it("reads an academic CV's appointments as experience, and a heading in capitals past its aside", () => {
    for (const h of ['ACADEMIC APPOINTMENTS', 'Appointments', 'INDUSTRY EXPERIENCE (about 3 years in total)'])
      expect(headingOf(h), h).toBe('experience');
    expect(headingOf('SELECTED PUBLICATIONS (of 14; 5 first-author)')).toBe('other');
    // A line of skills with a bracket is none: only a heading in capitals has its aside read past.
    expect(headingOf('Leadership (team of 5)')).toBeNull();
    expect(headingOf('Leadership (team of 5 volunteers)')).toBeNull();
  });

  it('reads closing sections as other, so their lines are not skills', () => {
    for (const h of ['ADDITIONAL INFORMATION', 'Referees', 'Professional Memberships', 'LANGUAGE SKILLS'])
      expect(headingOf(h), h).toBe('other');
  });

  it("reads a portfolio's headings: its case studies and ways of working", () => {
    expect(headingOf('SELECTED CASE STUDIES')).toBe('projects');
    expect(headingOf('How I work')).toBe('skills');
  });

  it("reads headings a portfolio writes as phrases: where I've been, where I learned, what I shipped", () => {
    expect(headingOf("Where I've been")).toBe('experience');
    expect(headingOf('Where I learned')).toBe('education');
    expect(headingOf("Things I've shipped")).toBe('projects');
    expect(headingOf('Tools I reach for')).toBe('skills');
  });

  it("reads a European CV's headings: its contact block, personal statement and digital skills", () => {
    expect(headingOf('PERSONAL DETAILS')).toBe('personal');
    expect(headingOf('Contact information')).toBe('personal');
    expect(headingOf('PERSONAL STATEMENT')).toBe('summary');
    expect(headingOf('DIGITAL SKILLS')).toBe('skills');
  });
});

describe('a service history', () => {
  it('is the experience section, with the service named after a dash when set in capitals', () => {
    expect(headingOf('SERVICE HISTORY - AUSTRALIAN ARMY')).toBe('experience');
    expect(headingOf('Military Service')).toBe('experience');
    expect(headingOf('EXPERIENCE — SELECTED')).toBe('experience');
    // A skill line is no heading and its aside.
    expect(headingOf('Skills - Python, SQL')).toBeNull();
  });
});

describe('sentences a PDF broke over lines', () => {
  it('runs a line on when it stops mid-phrase, whatever the case of the next line', () => {
    expect(
      unwrapLines([
        'Seeking a Staff Designer role, on-site in',
        'Leeds or remote. Not open to agency work,',
        'UI-only or print roles.',
      ]),
    ).toEqual([
      'Seeking a Staff Designer role, on-site in Leeds or remote. Not open to agency work, UI-only or print roles.',
    ]);
    expect(unwrapLines(['Leeds, UK | kim@example.com', 'British citizen'])).toHaveLength(2);
  });

  it('runs a line of prose on when its last sentence has not ended', () => {
    expect(
      unwrapLines([
        'Braze power user (Canvas, Liquid). Looking for a Senior Lifecycle Marketing',
        'Manager role, hybrid in Chicago or remote US.',
      ]),
    ).toEqual([
      'Braze power user (Canvas, Liquid). Looking for a Senior Lifecycle Marketing Manager role, hybrid in Chicago or remote US.',
    ]);
    // A contact line has no sentence inside it: the next line stays apart.
    expect(
      unwrapLines(['Chicago, IL - megan.c@example.com - linkedin.com/in/meganc', 'US citizen']),
    ).toHaveLength(2);
  });

  it("runs a line of prose on when it fills the page's measure, not when it ends short of it", () => {
    const broken = [
      'Critical care nurse with 8 years in adult ICUs, seeking a Clinical Nurse Educator or Nursing Professional',
      'Development position in a Chicago-area hospital.',
    ];
    expect(unwrapLines(broken, 106)).toEqual([broken.join(' ')]);
    // A line joined to the one above is measured as printed: a short last line ends the run.
    const open = [broken[0], 'Development position in a Chicago-area hospital', 'US citizen'];
    expect(unwrapLines(open, 106)).toEqual([`${open[0]} ${open[1]}`, 'US citizen']);
    // The same lines on a page whose lines run to 200 characters ended where their writer ended them.
    expect(unwrapLines(broken, 200)).toEqual(broken);
  });
});

describe("a heading's word at the start of a line a page broke", () => {
  const sectionsOf = (text: string) => splitResume(text).map((s) => s.section);
  it('is the tail of the line above when it begins in lower case after an unfinished line', () => {
    expect(
      sectionsOf(`EXPERIENCE
FP&A Analyst - Ardmore, Dublin Sep 2020 - Dec 2022
• Business partner to the CTO on hiring plans, contractor spend and capitalised
software.
• Built the driver-based forecast.`),
    ).toEqual(['header', 'experience']);
  });

  it('is the tail of a line that fills the measure ("…INFRASTRUCTURE" / "SOFTWARE")', () => {
    const text = `Dana Reyes
SENIOR ACCOUNT EXECUTIVE - CLOUD AND INFRASTRUCTURE
SOFTWARE
SUMMARY
Seller of cloud software.`;
    expect(sectionsOf(text)).toEqual(['header', 'summary']);
    // After a blank line, or after a line that ended its sentence, the word is a heading.
    expect(sectionsOf(text.replace('\nSOFTWARE', '\n\nSOFTWARE'))).toEqual(['header', 'skills', 'summary']);
    expect(sectionsOf('Dana Reyes\nSeller of cloud and infrastructure software.\nSOFTWARE\nFigma')).toEqual([
      'header',
      'skills',
    ]);
  });
});

describe('a page mark where a PDF page ended', () => {
  it('is no line of the resume: the role after it is named by its own lines', () => {
    const lines = splitResume(
      'EXPERIENCE\nHarbourline Freight\nData Engineer\nMay 2021 - Present\nPage 1 of 2\nVelo Maps\nAnalyst\n- 2 -\nEDUCATION',
    ).flatMap((s) => s.lines);
    expect(lines).toEqual([
      'Harbourline Freight',
      'Data Engineer',
      'May 2021 - Present',
      'Velo Maps',
      'Analyst',
    ]);
  });
});

describe('"ROLES" as a portfolio heads its jobs', () => {
  it('is the experience section, alone or "Roles held"', () => {
    expect(headingOf('ROLES')).toBe('experience');
    expect(headingOf('Roles held')).toBe('experience');
    expect(headingOf('Roles and responsibilities include billing')).toBeNull();
  });
});

describe('headings of a US resume and of a trade', () => {
  it('reads "Summary of Qualifications", "Areas of Expertise" and "Tickets & Training"', () => {
    expect(headingOf('SUMMARY OF QUALIFICATIONS')).toBe('summary');
    expect(headingOf('Areas of Expertise')).toBe('skills');
    expect(headingOf('TICKETS & TRAINING')).toBe('certifications');
    expect(headingOf('Tickets')).toBe('certifications');
  });
});
