import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// forms-dev61/62: a Japanese form's name readings and questions; the current employer asked as a question in French
// and Spanish; an hourly rate asked as "What … pay rate are you looking for?".
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const box = (label: string, id: string, name = id) =>
  `<label for="${id}">${label}</label><input id="${id}" name="${name}" type="text">`;
const area = (label: string, id: string) =>
  `<label for="${id}">${label}</label><textarea id="${id}"></textarea>`;

describe('a Japanese application form', () => {
  it('fills the name, not the katakana reading asked beside it', () => {
    expect(
      types(
        box('姓', 'entry_last_name', 'entry[last_name]') +
          box('名', 'entry_first_name', 'entry[first_name]') +
          box('セイ', 'entry_last_name_kana', 'entry[last_name_kana]') +
          box('メイ', 'entry_first_name_kana', 'entry[first_name_kana]') +
          box('フリガナ', 'reading', 'reading'),
      ).slice(2),
    ).toEqual(['other', 'other', 'other']);
  });

  it('reads the motivation, the source and the visa questions', () => {
    expect(
      types(
        area('志望動機', 'a') +
          box('応募のきっかけ', 'b') +
          box('入社にあたり、就労ビザ（在留資格）の取得・変更の手続きを当社が行う必要はありますか？', 'c'),
      ),
    ).toEqual(['cover_letter_text', 'how_did_you_hear', 'sponsorship_required']);
  });
});

describe('the current employer asked as a question', () => {
  it('in French and Spanish', () => {
    expect(
      types(
        box('Dans quelle entreprise êtes-vous actuellement en poste ?', 'a') +
          box('Empresa actual (o la última en la que trabajaste)', 'b') +
          box('¿En qué empresa trabajas actualmente?', 'c'),
      ),
    ).toEqual(['current_company', 'current_company', 'current_company']);
  });

  it('not the employer before it', () => {
    expect(types(box('Dans quelle entreprise étiez-vous auparavant ?', 'a'))).toEqual(['other']);
  });
});

describe('an hourly rate asked for', () => {
  it('"What hourly pay rate are you looking for?" is the pay the person wants', () => {
    expect(types(box('What hourly pay rate are you looking for?', 'a'))).toEqual(['salary_expectation']);
  });
});

describe("markers and a phone number's country", () => {
  it('reads a caption with its Japanese optional marker ("志望動機任意")', () => {
    expect(types('<label for="m">志望動機<span>任意</span></label><textarea id="m"></textarea>')).toEqual([
      'cover_letter_text',
    ]);
  });

  it('does not take the dialling-country select of a phone box for the country the person lives in', () => {
    const select =
      '<select name="phoneCountry" aria-label="Pays"><option>France</option><option>Belgique</option></select>';
    expect(types(select)).not.toContain('country');
  });
});

describe('a Korean form (forms-dev72)', () => {
  it('takes the current salary for no salary asked for', () => {
    expect(
      types(
        '<label for="curSalary">현재(최종)연봉</label><input id="curSalary" name="curSalary" title="현재연봉"> 만원',
      ),
    ).not.toContain('salary_expectation');
  });
});
