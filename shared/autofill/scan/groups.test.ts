import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../classify/classify-form.ts';

const fields = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => [f.field.kind, f.classification.type]);
const box = (name: string, text: string) =>
  `<div><input type="checkbox" id="${name}" name="${name}"><label for="${name}">${text}</label></div>`;

describe('checkbox groups', () => {
  it('a self-declaration list of separately named statements is one answer per statement', () => {
    expect(
      fields(
        `<div><p>Tick whichever statements describe you. Answering is voluntary.</p>${box('sdFemale', 'I am a woman')}${box('sdDisab', 'I have a disability')}${box('sdVm', 'I identify as a member of a racialized group')}</div>`,
      ),
    ).toEqual([
      ['checkbox', 'gender'],
      ['checkbox', 'disability_status'],
      ['checkbox', 'race'],
    ]);
  });

  it('a bilingual self-declaration list ("Je suis… / I am…") is one answer per statement too', () => {
    expect(
      fields(
        `<fieldset><legend>Équité en emploi / Employment equity</legend><p>Cochez / Tick.</p>${box('eqW', 'Je suis une femme / I am a woman')}${box('eqD', "J'ai un handicap / I have a disability")}</fieldset>`,
      ),
    ).toEqual([
      ['checkbox', 'gender'],
      ['checkbox', 'disability_status'],
    ]);
  });

  it('a self-declaration list in French alone is one answer per statement', () => {
    expect(
      fields(
        `<div><p>Cochez ce qui s'applique.</p>${box('fW', 'Je suis une femme')}${box('fD', 'Je suis une personne handicapée')}</div>`,
      ),
    ).toEqual([
      ['checkbox', 'gender'],
      ['checkbox', 'disability_status'],
    ]);
  });

  it('separately named choices that are not statements about the person stay one question', () => {
    expect(
      fields(
        `<div><p>Which shifts suit you?</p>${box('shiftDay', 'Days')}${box('shiftNight', 'Nights')}</div>`,
      ),
    ).toEqual([['checkbox-group', 'other']]);
  });
});

describe('radios in a named listbox', () => {
  it("an open prompt's radios, in a popup named by the question, answer that question", () => {
    const option = (i: number, site: string) =>
      `<div role="option"><input type="radio" id="p-${i}" name="prompt-a1" value="${i}"><label for="p-${i}">${site}</label></div>`;
    expect(
      fields(
        '<label id="src-label" for="src">Where did you first hear about this opening?</label>' +
          '<input id="src" type="text" role="combobox" aria-labelledby="src-label">' +
          '<button type="button">Next</button>' +
          `<div role="listbox" aria-labelledby="src-label"><span>Job sites</span><div>${option(0, 'Monster')}${option(1, 'Dice')}${option(2, 'Idealist')}</div></div>`,
      ),
    ).toEqual([
      ['combobox', 'how_did_you_hear'],
      ['radio-group', 'how_did_you_hear'],
    ]);
  });
});
