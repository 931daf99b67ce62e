import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// How company portals word things (French, Italian, Mexican APEX, Japanese, Avature-like sections),
// each in invented text.
const box = (caption: string, name: string, extra = '') =>
  `<div><label for="${name}">${caption}</label><input id="${name}" name="${name}" ${extra}></div>`;
const dropdown = (caption: string, id: string) =>
  `<div><span id="l${id}">${caption}</span><div role="combobox" tabindex="0" aria-labelledby="l${id}"><span>Please select</span></div></div>`;

describe('company portals in their own words', () => {
  it('French "Employeur actuel" is the current employer', () => {
    expect(types(box('Employeur actuel', 'a') + box('Entreprise actuelle ou la dernière', 'b'))).toEqual([
      'current_company',
      'current_company',
    ]);
  });

  it('APEX labels carry "(Valor necesario)"; nombre(s), último empleo and calle are read', () => {
    expect(
      types(
        box('Nombre(s) (Valor necesario)', 'P3_NOMBRES') +
          box('Empresa actual o último empleo (Valor necesario)', 'P3_EMP') +
          box('Calle y número', 'P3_CALLE'),
      ),
    ).toEqual(['first_name', 'current_company', 'address_line1']);
  });

  it('inclusive endings ("autorizzato/a") do not hide the right-to-work question', () => {
    expect(types(yesNo('È autorizzato/a a lavorare in Svizzera?', 'w', 'Sì', 'No'))).toEqual([
      'work_authorization',
    ]);
  });

  it('a Japanese box asking city and 番地 together is the address line, not the city', () => {
    expect(types('<input id="x" placeholder="市区町村・番地（例：中央区銀座1-2-3 ○○ビル）">')).toEqual([
      'address_line1',
    ]);
  });
});

describe('a Japanese entry form: questions are <dt> text with 必須 / 任意 badges', () => {
  const row = (question: string, control: string, badge = '必須') =>
    `<dl><dt>${question}<span>${badge}</span></dt><dd>${control}</dd></dl>`;
  const chips = (question: string, name: string, options: string[]) =>
    row(
      question,
      options.map((o) => `<label><input type="radio" name="${name}"><span>${o}</span></label>`).join(''),
      '任意',
    );

  it('sex, postal code, the current employer and rank, the source', () => {
    expect(
      types(
        chips('性別', 's', ['男', '女', '無回答']) +
          row('郵便番号', '<input id="p" placeholder="5300001">') +
          row('直近の勤務先', '<input id="c" placeholder="例）○○株式会社">') +
          row('職種・役職', '<input id="t">', '任意') +
          row('希望職種・役職', '<input id="d">', '任意') +
          row(
            '弊社を知ったきっかけ',
            '<select id="h"><option>選択してください</option><option>求人サイト</option><option>知人の紹介</option></select>',
          ),
      ),
    ).toEqual(['gender', 'postal_code', 'current_company', 'current_title', 'other', 'how_did_you_hear']);
  });

  it('the right to work in Japan vs the employer helping with the visa application', () => {
    expect(
      types(
        yesNo('日本で就労可能なビザをお持ちですか', 'a', 'はい', 'いいえ') +
          yesNo('就労ビザの申請手続きについて弊社の支援を希望しますか', 'b', '希望する', '希望しない'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required']);
  });
});

describe('sections around a control with its own label', () => {
  it('"Current employer" under "Experience and education" is still the current employer', () => {
    expect(
      types(
        `<fieldset><legend>Experience and education</legend>${box('Current employer', 'a')}${box('Most recent job title', 'b')}${box('Company', 'c')}</fieldset>`,
      ),
    ).toEqual(['current_company', 'current_title', 'other']);
  });

  it('a legend naming two topics does not type the currency or notice beside the pay', () => {
    expect(
      types(
        `<fieldset><legend>Salary and notice</legend>${box('Expected salary', 'a')}<div role="combobox" tabindex="0" aria-label="Currency"><span>Currency</span></div>${dropdown('Notice period', 'n')}</fieldset>`,
      ),
    ).toEqual(['salary_expectation', 'other', 'other']);
  });

  it('a one-topic legend with "en" ("in") still names what the labelled control inside asks', () => {
    expect(
      types(
        '<fieldset><legend>Permiso de trabajo en Chile</legend><label for="s">Situación actual</label><select id="s"><option>Ciudadano</option><option>Residente</option></select></fieldset>',
      ),
    ).toEqual(['work_authorization']);
  });

  it("a referrer's e-mail under the source question is not the source", () => {
    expect(
      types(
        `<fieldset><legend>How did you hear about us?</legend>${dropdown('Source', 's')}${box('E-mail of the colleague who referred you', 'r')}</fieldset>`,
      ),
    ).toEqual(['how_did_you_hear', 'other']);
  });
});

describe('one question per step, drop zones, titles before custom dropdowns', () => {
  it('the employer applying for an employment permit is sponsorship', () => {
    expect(
      types(yesNo('Would you need us to apply for an employment permit for you?', 'p', 'Yes', 'No')),
    ).toEqual(['sponsorship_required']);
  });

  it('"Where can we see your work?" asks for a portfolio link', () => {
    expect(
      types('<section><h1>Where can we see your work?</h1><input id="w" placeholder="https://"></section>'),
    ).toEqual(['portfolio_url']);
  });

  it('"Attach the letter" and a French drop zone under "Lettre de motivation" take the cover letter', () => {
    expect(
      types(
        '<div><label for="f1">Attach the letter</label><input type="file" id="f1"></div>' +
          '<div><span>Lettre de motivation</span><span>Déposez vos fichiers ici</span><input type="file"></div>',
      ),
    ).toEqual(['cover_letter_file', 'cover_letter_file']);
  });

  it('a yes/no list behind a "Choisir…" prompt is no country, whatever places its label names', () => {
    expect(
      types(
        '<label for="d">Déplacements réguliers (pays de Savoie)</label><select id="d"><option>Choisir…</option><option>Oui, souvent</option><option>Non</option></select>',
      ),
    ).toEqual(['other']);
  });

  it('a title of several words before a custom dropdown is its question', () => {
    expect(
      types(
        `<fieldset><legend>Background and skills</legend><div><span>Years of product or design experience</span><div role="combobox" tabindex="0"><span>Please select</span></div></div></fieldset>`,
      ),
    ).toEqual(['years_experience']);
  });
});
