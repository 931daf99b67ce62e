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

  it('a teaching licence box whose example is a field taught ("Moderate Disabilities") is not the disability question', () => {
    expect(
      types(
        '<label for="ol">Other license fields and grade levels</label>' +
          '<input id="ol" name="otherLicenses" aria-describedby="olh"><p id="olh">e.g. Moderate Disabilities (PreK-8), Initial</p>',
      ),
    ).toEqual(['other']);
  });
});

describe('a list with one choice naming women', () => {
  it('a clinical specialty list with "Women\'s Services" among nine units is not the sex question', () => {
    const units = [
      '(Select)',
      'Emergency / Trauma',
      'Critical Care',
      'Medical-Surgical',
      'Telemetry',
      'Pediatrics',
      "Labor & Delivery / Women's Services",
      'Behavioral Health',
      'Other',
    ];
    expect(
      types(
        `<label for="sp">Primary clinical specialty</label><select id="sp">${units.map((u) => `<option>${u}</option>`).join('')}</select>`,
      ),
    ).toEqual(['other']);
    expect(
      types(
        '<label for="g">Please select</label><select id="g"><option>Select</option><option>Female</option><option>Male</option><option>Decline to answer</option></select>',
      ),
    ).toEqual(['gender']);
  });
});

describe('a date beside the veteran question', () => {
  it('"Recently separated veterans: date of discharge" is a date, not the veteran status', () => {
    expect(
      types(
        '<label for="dd">Recently separated veterans: date of discharge or release from active duty</label>' +
          '<input id="dd" name="EEOVeteranDischargeDate" placeholder="MM/DD/YYYY">',
      ),
    ).toEqual(['other']);
  });
});

describe('disability asked as "disabled"', () => {
  it('"Do you consider yourself to be disabled …?" is the disability question; a disabled veteran is not', () => {
    const select = (id: string, q: string) =>
      `<p>${q}</p><select id="${id}" name="${id}"><option>Choose an option</option><option>Yes</option><option>No</option><option>Prefer not to say</option></select>`;
    expect(
      types(
        select('d', 'Do you consider yourself to be disabled, as defined by the Equality Act 2010?') +
          radios('Are you a disabled veteran?', 'v', ['Yes', 'No']) +
          radios('Do you have caring responsibilities for someone who is ill, disabled or elderly?', 'c', [
            'Carer of a disabled or ill person',
            'None',
          ]),
      ),
    ).toEqual(['disability_status', 'veteran_status', 'other']);
  });
});

describe('a list that holds one veteran or disability choice among others', () => {
  const select = (label: string, id: string, options: string[]) =>
    `<label for="${id}">${label}</label><select id="${id}"><option value="">- Select -</option>${options
      .map((o) => `<option>${o}</option>`)
      .join('')}</select>`;

  it("is not the veteran or disability question: USAJOBS's document types and hiring paths", () => {
    expect(
      types(
        select('Other document type', 'doc', [
          'DD-214 / Certificate of Release or Discharge from Active Duty',
          'SF-50 / Notification of Personnel Action',
          'SF-15 / Application for 10-Point Veteran Preference',
          'Transcript',
          'Other',
        ]) +
          select('Hiring path', 'path', [
            'The public (U.S. citizens)',
            'Federal employees - competitive service',
            'Military spouses',
            'Individuals with a disability',
            'Students',
          ]),
      ),
    ).toEqual(['other', 'other']);
  });

  it('still reads the answers to a veteran question that all speak of veterans', () => {
    expect(
      types(
        select('Status', 'vet', [
          'I identify as one or more of the classifications of protected veteran',
          'I am not a protected veteran',
          'I do not wish to self-identify',
        ]),
      ),
    ).toEqual(['veteran_status']);
  });

  it('reads "Have you served in the U.S. military?" from its words', () => {
    expect(
      types(
        radios('Have you served in the U.S. military?', 'm', [
          'Yes, I am a veteran',
          'No',
          'Prefer not to say',
        ]),
      ),
    ).toEqual(['veteran_status']);
  });
});
