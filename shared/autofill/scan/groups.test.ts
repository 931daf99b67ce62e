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

  it('separately named choices that are not statements about the person stay one question', () => {
    expect(
      fields(
        `<div><p>Which shifts suit you?</p>${box('shiftDay', 'Days')}${box('shiftNight', 'Nights')}</div>`,
      ),
    ).toEqual([['checkbox-group', 'other']]);
  });
});
