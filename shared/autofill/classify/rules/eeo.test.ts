import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from '../testing.ts';

describe('self-identification asked as yes / no', () => {
  it('"Do you identify as a woman?" is the sex question; identifying as transgender is not', () => {
    expect(
      types(
        radios('Do you self-identify as female?', 'f', ['Yes', 'No', 'Prefer not to say']) +
          radios('Do you identify as transgender?', 't', ['Yes', 'No']),
      ),
    ).toEqual(['gender', 'other']);
  });
});

describe('self-identification on a bilingual form', () => {
  it('"Do you identify as a woman?" followed by its French is still the sex question', () => {
    expect(
      types(
        radios('Do you identify as a woman? Vous identifiez-vous en tant que femme ?', 'w', [
          'Yes / Oui',
          'No / Non',
        ]),
      ),
    ).toEqual(['gender']);
  });
});

describe('disability questions and the disability form around them', () => {
  it('(de) "begünstigte Behinderte" asks the disability question', () => {
    expect(
      types(radios('Zählen Sie zu den begünstigten Behinderten im Sinne des Gesetzes?', 'b', ['Ja', 'Nein'])),
    ).toEqual(['disability_status']);
  });

  it("the disability form's own Language box is not the answer, whatever its id says", () => {
    expect(
      types(
        '<label for="disabilityForm--language">Language</label>' +
          '<input id="disabilityForm--language" name="disabilityForm--language">',
      ),
    ).toEqual(['other']);
  });
});
