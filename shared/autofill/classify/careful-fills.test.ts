import { describe, expect, it } from 'vitest';
import { classifyInForm, radios, typesInForm } from './testing.ts';

/** Fields from forms-dev123 to forms-dev126: what a careful person fills, and what they leave. */
describe('numbers and addresses that are not the ones a person gives', () => {
  it('leaves a work phone (the desk at the current job) and fills the home phone', () => {
    expect(
      typesInForm(
        '<label for="w">Work Phone</label><input id="w"><label for="h">Home Phone</label><input id="h">',
      ),
    ).toEqual(['other', 'phone']);
  });

  it('leaves a "Permanent Address" box for the whole address', () => {
    expect(typesInForm('<label for="p">Permanent Address</label><textarea id="p"></textarea>')).toEqual([
      'other',
    ]);
  });
});

describe('a box that takes the town or the postcode', () => {
  it('is the town, even drawn as an input with role="textbox"', () => {
    const [field] = classifyInForm(
      '<label for="home">Where do you live? *</label><input type="text" id="home" role="textbox" aria-autocomplete="list" placeholder="Town or postcode">',
    );
    expect(field!.classification.type).toBe('city');
  });
});

describe('questions that look like other ones', () => {
  it('reads "Pay rate desired" as the pay expected', () => {
    expect(typesInForm('<label for="pay">Pay rate desired</label><input id="pay">')).toEqual([
      'salary_expectation',
    ]);
  });

  it("does not read a minor's work permit as the right to work, but still reads a country's work permit", () => {
    const minors = radios('If you are 14 or 15, do you have a Wisconsin work permit?', 'permit', [
      'Yes, I have one',
      'I will apply for one if hired',
      'Not applicable, I am 16 or 17',
    ]);
    expect(typesInForm(minors)).not.toContain('work_authorization');
    expect(typesInForm(radios('Do you hold a valid work permit for Canada?', 'ca', ['Yes', 'No']))).toContain(
      'work_authorization',
    );
  });

  it('does not read hiring paths, one of them for people with disabilities, as the disability question', () => {
    const paths = `<fieldset><legend>Which of the hiring paths open on this announcement do you qualify for? Select all that apply.</legend>
      <label><input type="checkbox" id="path-public">U.S. citizens (open to the public)</label>
      <label><input type="checkbox">Veterans recruitment appointment</label>
      <label><input type="checkbox">Individuals with disabilities</label></fieldset>`;
    expect(typesInForm(paths)).not.toContain('disability_status');
  });
});

describe("another person's details (forms-dev128)", () => {
  it('leaves a follow-up\'s "If yes, their full name"', () => {
    expect(typesInForm('<label for="n">If yes, their full name</label><input id="n">')).toEqual(['other']);
  });

  it("leaves the current employer's street, town, state and postcode", () => {
    const employer = [
      'Employer street address',
      'Employer suburb / town',
      'Employer state / territory',
      'Employer postcode',
    ]
      .map((l, i) => `<label for="e${i}">${l}</label><input id="e${i}">`)
      .join('');
    expect(typesInForm(employer)).toEqual(['other', 'other', 'other', 'other']);
    expect(
      typesInForm(
        '<label for="s">Street address</label><input id="s"><label for="t">Suburb / town</label><input id="t">',
      ),
    ).toEqual(['address_line1', 'city']);
  });
});

describe('a language to work in (forms-dev129)', () => {
  it('is a skill, not the right to work', () => {
    expect(
      typesInForm(
        '<label for="q">Are you able to work in French in a professional setting?</label><input id="q">',
      ),
    ).toEqual(['other']);
    expect(
      typesInForm('<label for="r">Are you legally able to work in Canada?</label><input id="r">'),
    ).toEqual(['work_authorization']);
  });
});
