import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { looksLikePlace, splitHeader } from './role-header.ts';

describe('an employer before its city', () => {
  it('is no place; a town and its state, or a place after "Remote", is one', () => {
    expect(looksLikePlace('Quillfern Pay, Singapore')).toBe(false);
    expect(looksLikePlace('Tandem (freight SaaS), Madrid')).toBe(false);
    expect(looksLikePlace('Hoboken, NJ')).toBe(true);
    expect(looksLikePlace('Austin, TX')).toBe(true);
    expect(looksLikePlace('Remote, Austin, TX')).toBe(true);
    expect(looksLikePlace('Dublin 8')).toBe(true);
  });

  it('is the employer after a title and its team ("Tech Lead, Payouts - Quillfern Pay, Singapore")', () => {
    expect(splitHeader(['Tech Lead, Payouts - Quillfern Pay, Singapore'])).toEqual({
      title: 'Tech Lead, Payouts',
      company: 'Quillfern Pay',
      location: 'Singapore',
    });
  });
});

describe("the part after a title that names the job's team or ward", () => {
  it('qualifies the title when a bar sets the employer further off', () => {
    expect(splitHeader(['Senior Data Engineer - Payments | Orrin Freight, Pune'])).toEqual({
      title: 'Senior Data Engineer, Payments',
      company: 'Orrin Freight',
      location: 'Pune',
    });
  });

  it('qualifies the title when the employer has a line of its own', () => {
    expect(
      splitHeader(['Staff Nurse (Band 5) - Acute Stroke Unit', 'Wyebridge General Hospital, Leeds']),
    ).toEqual({
      title: 'Staff Nurse (Band 5), Acute Stroke Unit',
      company: 'Wyebridge General Hospital',
      location: 'Leeds',
    });
  });

  it('is the employer when it carries its city, or the line below only says what the employer does', () => {
    expect(
      splitHeader([
        'Solutions Engineer - Tarnwick Security, Austin, TX',
        'Email security platform for mid-market firms.',
      ]),
    ).toMatchObject({ title: 'Solutions Engineer', company: 'Tarnwick Security', location: 'Austin, TX' });
    expect(
      splitHeader(['Junior Accountant - Adaeze & Co', '(Offshore accounts team for a UK practice)']),
    ).toMatchObject({ title: 'Junior Accountant', company: 'Adaeze & Co' });
  });

  it('is the employer when what stands further off is a way of working, the terms or a lone word', () => {
    for (const below of ['Remote', 'Contract', 'Full-time', 'Springfield'])
      expect(splitHeader(['Senior Engineer - Tollbridge Labs', below])).toMatchObject({
        title: 'Senior Engineer',
        company: 'Tollbridge Labs',
      });
    expect(splitHeader(['Senior Engineer - Tollbridge Labs | Remote'])).toMatchObject({
      title: 'Senior Engineer',
      company: 'Tollbridge Labs',
    });
  });

  it('reads whole resumes laid out so, role by role', () => {
    const draft = parseResumeText(`Ines Varga
ines@example.com

EXPERIENCE
Clinical Dietitian II - Renal Unit
Harlow Bay Medical Center, Tampa, FL  |  May 2022 - present
- Nutrition support for 30 dialysis patients.

Software Engineer - Platform | Kettlewell Labs, Denver, CO | Jan 2019 - Apr 2022
- Built the deploy pipeline.`);
    expect(draft.experience.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Clinical Dietitian II, Renal Unit', 'Harlow Bay Medical Center', 'Tampa, FL'],
      ['Software Engineer, Platform', 'Kettlewell Labs', 'Denver, CO'],
    ]);
  });
});

describe('an employer named once above several titles', () => {
  it('is the employer of each title written alone under it, until a heading names another', () => {
    const draft = parseResumeText(`Rosa Mendel
rosa@example.com

EXPERIENCE
Tallgrove Builders, Tucson, AZ
Senior Project Manager, Feb 2022 - Present
- Ran four mid-rise projects.
Project Manager, Mar 2019 - Jan 2022
- Ran tenant fit-outs.
Project Engineer - Sandhill Contracting, Mesa, AZ | 2016 - 2019
- Submittals and RFIs.
Estimator, 2015 - 2016`);
    expect(draft.experience.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Senior Project Manager', 'Tallgrove Builders', 'Tucson, AZ'],
      ['Project Manager', 'Tallgrove Builders', 'Tucson, AZ'],
      ['Project Engineer', 'Sandhill Contracting', 'Mesa, AZ'],
      ['Estimator', '', undefined],
    ]);
  });
});

describe('a title whose noun is a grade or a trade the list lacked', () => {
  it('is the title, not the employer beside it ("Tax Senior", "Senior Auditor", "Clinical Dietitian")', () => {
    expect(splitHeader(['Pemberton Ross LLP, Leeds', 'Tax Senior, Private Clients'])).toMatchObject({
      title: 'Tax Senior, Private Clients',
      company: 'Pemberton Ross LLP',
    });
    expect(splitHeader(['Senior Auditor | Dalby & Partners Accountants, Utrecht'])).toMatchObject({
      title: 'Senior Auditor',
      company: 'Dalby & Partners Accountants',
    });
    expect(splitHeader(['Brookdale Senior Living, Austin, TX', 'Clinical Dietitian'])).toMatchObject({
      title: 'Clinical Dietitian',
      company: 'Brookdale Senior Living',
    });
  });
});
