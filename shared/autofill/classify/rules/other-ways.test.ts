import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from '../testing.ts';

// Ways of asking first met in forms-dev48 (Greenhouse US, Ashby Canada, Workable Australia): each test gives the
// form's wording beside others of our own.
const box = (label: string, id = 'a') => `<label for="${id}">${label}</label><input id="${id}">`;

describe('the first day, asked as a day or a place to be', () => {
  it('is the start date', () => {
    for (const q of [
      'Realistic first day',
      'Your expected first day',
      'Earliest date you could be on site',
      'First possible day you could be in the office',
    ])
      expect(types(box(q)), q).toEqual(['start_date']);
  });

  it('a first day that is not the person\u2019s start is not', () => {
    expect(types(box('First day of the week you prefer to work'))).not.toEqual(['start_date']);
  });
});

describe('who or what showed the person the job', () => {
  it('is the source', () => {
    for (const q of [
      'Who or what pointed you to this opening?',
      'What directed you to this role?',
      'Who told you about this vacancy?',
      'Where did you spot this job?',
    ])
      expect(types(box(q)), q).toEqual(['how_did_you_hear']);
  });

  it('a motive is not, nor the person who referred you', () => {
    expect(types(box('What led you to apply?'))).toEqual(['other']);
    expect(types(box('Who referred you to this position?'))).toEqual(['other']);
  });
});

describe('years on a kind of project', () => {
  it('is years of experience, a go-live not a place lived', () => {
    for (const q of [
      'Years on EHR go-live or implementation projects (Epic, Oracle Health/Cerner, MEDITECH)',
      'Years on go live support',
    ])
      expect(types(box(q)), q).toEqual(['years_experience']);
    expect(types(box('Years lived at this address'))).not.toContain('years_experience');
  });
});

describe('pay a move would take, and a wish caption under a pay heading', () => {
  it('is the pay asked for', () => {
    for (const q of [
      'What package would you move for?',
      'What salary would you leave your current job for?',
      'Which base pay would it take to switch?',
    ])
      expect(types(box(q)), q).toEqual(['salary_expectation']);
    expect(
      types(`<h3>Compensation (CAD, annual base)</h3>${box('Now', 'n')}${box('Hoping for', 'h')}`),
    ).toEqual(['other', 'salary_expectation']);
  });

  it('a wish caption with no pay named is too weak', () => {
    expect(types(`<h3>Timing</h3>${box('Hoping for', 'h')}`)).toEqual(['other']);
  });
});

describe('a home state picked from pills', () => {
  it('is the state, a licence state is not', () => {
    const states = ['NSW', 'VIC', 'QLD', 'WA'];
    expect(
      types(
        radios('Which state or territory are you based in?', 's', states) +
          radios('Which state issued your licence?', 'l', states),
      ),
    ).toEqual(['state', 'other']);
  });
});

describe('a supporting or personal statement sent as a document', () => {
  it('is the cover letter file (forms-dev46 NHS wording beside others)', () => {
    for (const q of [
      'Or upload your supporting statement as a document (PDF or Word)',
      'Personal statement (upload)',
      'Attach a supporting statement',
    ])
      expect(types(`<label for="f">${q}</label><input type="file" id="f">`), q).toEqual([
        'cover_letter_file',
      ]);
  });
});
