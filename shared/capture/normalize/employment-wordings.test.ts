import { describe, expect, it } from 'vitest';
import { employmentTypeInHeader, employmentTypeOfLines, parseEmploymentType } from './employment.ts';
import { typeTheTextStates } from './employment-overrides.ts';
import { employmentTypeInProse, fixedTermInProse, placementProgrammeInProse } from './employment-prose.ts';
import { typeTheTextGives } from './employment-text.ts';

describe('employment types in wordings boards and employers use', () => {
  it('reads a zero-hours contract as part-time: no guaranteed hours', () => {
    expect(parseEmploymentType('Zero-hours, ongoing')).toBe('part_time');
    expect(parseEmploymentType('Zero hours')).toBe('part_time');
    // Indeed UK's job type: the word "contract" names the employment contract, not a contractor.
    expect(parseEmploymentType('Zero hours contract')).toBe('part_time');
    expect(parseEmploymentType('Casual contract')).toBe('part_time');
    expect(parseEmploymentType('Contract')).toBe('contract');
  });

  it('reads a permanent contract as permanent, not a contractor', () => {
    expect(parseEmploymentType('Permanent contract')).toBe('full_time');
    expect(parseEmploymentType('Permanent contract, part-time')).toBe('part_time');
    // Dutch: a "vast contract" is a permanent one, no contractor's engagement.
    expect(parseEmploymentType('Vast contract')).toBe('full_time');
  });

  it('reads a season listed beside the hours as the engagement, in French too', () => {
    expect(parseEmploymentType('Temps plein, Saisonnier')).toBe('temporary');
    expect(parseEmploymentType('Saisonnière')).toBe('temporary');
    expect(fixedTermInProse('Poste saisonnier de juin à septembre, 40 heures par semaine.')).toBe(true);
  });

  it('reads an Australian maximum-term contract as a fixed term', () => {
    expect(fixedTermInProse('You join us on an 18-month maximum-term contract for the shutdown.')).toBe(true);
    expect(parseEmploymentType('Maximum term')).toBe('temporary');
    expect(fixedTermInProse('Join us on a 12-month max-term contract at the Perth depot.')).toBe(true);
  });

  it('reads a summer programme for students as an internship', () => {
    expect(placementProgrammeInProse('Our 8-week Summer Analyst Program is for rising seniors.')).toBe(true);
    expect(placementProgrammeInProse('We run summer events for customers.')).toBe(false);
  });

  it('reads the hours a permanent role states in the same sentence', () => {
    expect(employmentTypeInProse('This is a permanent, part-time role of 20 hours a week.')).toBe(
      'part_time',
    );
    expect(employmentTypeInProse('This is a permanent role based in Derby.')).toBe('full_time');
  });
});

describe('on-call, regular and alternance labels', () => {
  it('reads an "On-Call" position type as part-time (called in as the work comes)', () => {
    expect(parseEmploymentType('On-Call')).toBe('part_time');
    expect(parseEmploymentType('Position Type: On Call')).toBe('part_time');
  });

  it('reads "Regular" as open-ended: alone full-time, with part-time hours part-time', () => {
    expect(parseEmploymentType('Regular')).toBe('full_time');
    expect(parseEmploymentType('Regular part-time')).toBe('part_time');
  });

  it('reads a French "Alternance" chip as a work-study programme', () => {
    expect(employmentTypeInHeader('Alternance · Lyon · Télétravail occasionnel')).toBe('internship');
    expect(parseEmploymentType("Contrat d'apprentissage")).toBe('internship');
  });

  it('reads a role that calls itself casual, on-call, per diem or PRN as part-time', () => {
    expect(employmentTypeInProse('This is a casual, on-call position. Shifts go up weekly.')).toBe(
      'part_time',
    );
    expect(employmentTypeInProse('The role is per diem.')).toBe('part_time');
    expect(
      employmentTypeInProse('This is a casual dress code workplace where every role matters.'),
    ).toBeNull();
    expect(employmentTypeInProse('The job is on call every third weekend.')).toBeNull();
  });

  it('reads bank and relief posts as part-time (no guaranteed hours), not bank holidays', () => {
    expect(parseEmploymentType('Relief')).toBe('part_time');
    expect(parseEmploymentType('Bank')).toBe('part_time');
    expect(parseEmploymentType('Bank contract')).toBe('part_time');
    expect(parseEmploymentType('Permanent, plus bank holidays')).toBe('full_time');
    expect(employmentTypeInProse('This is a relief position. You will cover nights.')).toBe('part_time');
    expect(employmentTypeInProse('This is a bank post on our wards.')).toBe('part_time');
    expect(employmentTypeInProse('Founded in 1880, this is a bank. We lend to farmers.')).toBeNull();
  });

  it('reads a locum as temporary cover', () => {
    expect(parseEmploymentType('Locum')).toBe('temporary');
    expect(parseEmploymentType('Locum, Full-time')).toBe('temporary');
    expect(fixedTermInProse('A locum to cover one of our pharmacists during her parental leave.')).toBe(true);
    expect(fixedTermInProse('Our insurance gives cover during your maternity leave.')).toBe(false);
  });

  it('reads a part-time contract as part-time employment, not a contractor', () => {
    expect(parseEmploymentType('Part-time contract')).toBe('part_time');
    expect(parseEmploymentType('Part time contract')).toBe('part_time');
  });

  it('reads every labelled line of a details list, not only the first', () => {
    const details = 'Salary: £32,000 pro rata\nHours: 30 hours a week\nContract: Part-time contract';
    expect(employmentTypeOfLines(details)).toBe('part_time');
    expect(employmentTypeOfLines('Hours: 40 hours\nContract: Permanent, full time')).toBe('full_time');
  });
});

describe('employment types stated in wordings capture51 taught (other wordings of each)', () => {
  it('reads a type label that gives only weekly hours by the hours', () => {
    expect(parseEmploymentType('Nights — 50 hrs/wk')).toBe('full_time');
    expect(parseEmploymentType('Days: 37.5 hours per week')).toBe('full_time');
    expect(parseEmploymentType('Evenings - 16 hrs / week')).toBe('part_time');
    // 30-35 a week is full-time in some places, part-time in others: no reading.
    expect(parseEmploymentType('32 hours a week')).toBeNull();
    expect(parseEmploymentType('Engineering')).toBeNull();
  });

  it('reads the hours a contract sentence or a hiring sentence gives', () => {
    expect(typeTheTextGives('The contract is open-ended and the hours are 35 a week.')?.type).toBe(
      'full_time',
    );
    expect(typeTheTextGives('Your working hours will be 40 per week, Monday to Friday.')?.type).toBe(
      'full_time',
    );
    expect(typeTheTextGives("We're recruiting for 37.5 hours a week.")?.type).toBe('full_time');
    expect(typeTheTextGives('The office hours are 9 to 5.')).toBeNull();
  });

  it('reads hours glossed with their type in brackets', () => {
    expect(typeTheTextGives("We're hiring at 30 hours a week (Teilzeit), over four days.")?.type).toBe(
      'part_time',
    );
    expect(typeTheTextGives('It is 32 hours per week (part-time) in our Leeds office.')?.type).toBe(
      'part_time',
    );
    expect(typeTheTextGives('Around 30 hours a week (depending on the season) of fieldwork.')).toBeNull();
  });

  it('reads a self-employed worker invoicing the hirer as a contractor', () => {
    expect(employmentTypeInProse("You'd be self-employed, invoicing us at the end of each month.")).toBe(
      'contract',
    );
    expect(employmentTypeInProse('You will invoice us monthly for the days you work.')).toBe('contract');
    expect(employmentTypeInProse('You will be working as self-employed tutor.')).toBe('contract');
    expect(employmentTypeInProse('You will invoice clients and chase late payments.')).toBeNull();
    expect(employmentTypeInProse('Many of our customers are self-employed.')).toBeNull();
  });

  it('reads a fixed term given its length as temporary, over a contract badge', () => {
    const text = "You'll be an employee on our payroll for a fixed term of 18 months.";
    expect(fixedTermInProse(text)).toBe(true);
    expect(fixedTermInProse('We hire on a fixed term of two years for grant posts.')).toBe(true);
    expect(typeTheTextStates('contract', text)?.type).toBe('temporary');
    expect(fixedTermInProse('Our fixed costs are low.')).toBe(false);
  });
});

describe('Latin American Spanish hours and terms', () => {
  it('reads "Tiempo completo" as full-time, "Medio tiempo" as part-time and an open-ended contract as permanent', () => {
    expect(parseEmploymentType('Tiempo completo')).toBe('full_time');
    expect(parseEmploymentType('Medio tiempo')).toBe('part_time');
    expect(parseEmploymentType('Contrato por tiempo indeterminado')).toBe('full_time');
    expect(parseEmploymentType('Contrato por tiempo indeterminado, Medio tiempo')).toBe('part_time');
  });
});

describe('the position stating its hours outside English', () => {
  it('reads Danish, German, French and Brazilian statements of the position', () => {
    expect(employmentTypeInProse('Stillingen er på fuld tid, 37 timer om ugen.')).toBe('full_time');
    expect(employmentTypeInProse('Die Stelle ist in Teilzeit (20 Stunden) zu besetzen.')).toBe('part_time');
    expect(employmentTypeInProse('Le poste est à temps plein, du lundi au vendredi.')).toBe('full_time');
    expect(employmentTypeInProse('Contratação CLT, período integral, de segunda a sexta.')).toBe('full_time');
    // Other people's hours are not the position's.
    expect(employmentTypeInProse('Unsere Mitarbeitenden in Teilzeit erhalten alle Leistungen.')).toBeNull();
  });
});
