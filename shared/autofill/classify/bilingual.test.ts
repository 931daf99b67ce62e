import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';
import { readings } from './text.ts';

// Bilingual forms (Canada, Belgium, Switzerland) print every label twice: "Français / English".
const box = (label: string, id: string) =>
  `<label for="${id}">${label}</label><input id="${id}" name="${id}">`;

describe('a label said in two languages', () => {
  it('reads as a whole and as each language; three parts are a list, not two languages', () => {
    expect(readings('societe actuelle / current company')).toEqual([
      'societe actuelle / current company',
      'societe actuelle',
      'current company',
    ]);
    expect(readings('day / month / year')).toEqual(['day / month / year']);
  });

  it("a rule written for one language's whole label knows it beside its translation", () => {
    expect(
      types(
        box('Société actuelle / Current company', 'a') +
          box('Bron / Source', 'b') +
          box('Employeur précédent / Previous employer', 'c'),
      ),
    ).toEqual(['current_company', 'how_did_you_hear', 'other']);
  });
});
