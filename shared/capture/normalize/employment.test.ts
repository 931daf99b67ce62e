import { describe, expect, it } from 'vitest';
import { employmentTypeInHeader, employmentTypeInProse, parseEmploymentType } from './employment.ts';

describe('parseEmploymentType', () => {
  it.each([
    ['FULL_TIME', 'full_time'],
    ['Full time', 'full_time'],
    ['Full-Time', 'full_time'],
    ['PART_TIME', 'part_time'],
    ['Part-time', 'part_time'],
    ['CONTRACTOR', 'contract'],
    ['Contract to hire', 'contract'],
    ['Freelance', 'contract'],
    ['INTERN', 'internship'],
    ['Summer Internship', 'internship'],
    ['TEMPORARY', 'temporary'],
    ['Fixed-term', 'temporary'],
    ['Vollzeit', 'full_time'],
    ['Teilzeit', 'part_time'],
    ['CDI', 'full_time'],
    ['Permanent', 'full_time'],
    ['Engineering', null],
  ] as const)('%s → %s', (label, want) => {
    expect(parseEmploymentType(label)).toBe(want);
  });

  it('takes the first of a schema.org list', () => {
    expect(parseEmploymentType(['FULL_TIME', 'CONTRACTOR'])).toBe('full_time');
  });

  it('finds a chip in a header line', () => {
    expect(employmentTypeInHeader('Sales Engineering · Remote (Australia) · Full Time')).toBe('full_time');
    expect(employmentTypeInHeader('San Mateo, CA · Engineering · ID: 5156')).toBeNull();
  });
});

describe('employmentTypeInProse', () => {
  it.each([
    ['Salary: S$9,000 per month. This is a full-time, permanent position.', 'full_time'],
    ['The role is a 6-month contract engagement starting in March.', 'contract'],
    ['This is a part-time role, 20 hours a week.', 'part_time'],
    // Benefit blurbs and options do not state the posting's own type.
    ['All full-time employees get 30 days of holiday.', null],
    ['Part-time options are available for parents.', null],
    ['This is a full-time commitment to quality.', null],
  ] as const)('%s → %s', (text, want) => {
    expect(employmentTypeInProse(text)).toBe(want);
  });
});

describe('employment type in the languages boards label it in', () => {
  it.each([
    ['Tempo integral', 'full_time'],
    ['Tempo pieno', 'full_time'],
    ['Pełny etat', 'full_time'],
    ['Heltid', 'full_time'],
    ['Festanstellung', 'full_time'],
    ['Staż', 'internship'],
    ['Tirocinio', 'internship'],
    ['Estágio', 'internship'],
    ['Werkstudent (m/w/d)', 'part_time'],
    ['Deltid', 'part_time'],
    ['Vikariat', 'temporary'],
    ['Contrato temporal', 'temporary'],
    ['Kontrakt B2B', 'contract'],
  ] as const)('%s → %s', (label, want) => {
    expect(parseEmploymentType(label)).toBe(want);
  });

  it('a header picks out a chip but not a market or a company stage', () => {
    expect(employmentTypeInHeader('Kraków · Praca hybrydowa · Pełny etat · Umowa o pracę')).toBe('full_time');
    expect(employmentTypeInHeader('B2B Sales Manager · Early-stage fintech · Berlin')).toBeNull();
  });
});

describe('a written list of types', () => {
  it('names the engagement over the hours; a schema.org list keeps its first', () => {
    expect(parseEmploymentType('Part-time, Fixed term contract')).toBe('temporary');
    expect(parseEmploymentType('Full-time, Contract')).toBe('contract');
    expect(parseEmploymentType('Full-time, Permanent')).toBe('full_time');
    expect(parseEmploymentType('FULL_TIME, CONTRACTOR')).toBe('full_time');
  });
});
