import { describe, expect, it } from 'vitest';
import { block, box, typesInForm as types } from './testing.ts';

describe("whose details a block asks: the candidate's own, a guardian's, a referrer's", () => {
  it("a block that asks for the candidate's own details is theirs, whoever it says is asked further down", () => {
    expect(
      types(
        `<h2>Personal Information</h2><p>Enter your own contact details. If you are under 18 you will be asked for a parent or guardian's details further down.</p>${box('f', 'First Name')}${box('l', 'Last Name')}${box('e', 'Email Address', 'email')}`,
      ),
    ).toEqual(['first_name', 'last_name', 'email']);
  });

  it("a next-of-kin block that says not to give your own details holds the next of kin's", () => {
    expect(
      types(
        `<h2>About you</h2>${box('n', 'Full name')}${box('e', 'Email', 'email')}<h3>Next of kin</h3><p>Someone who will stay in the UK while you are overseas. Please do not give your own details.</p>${box('k', 'Full name')}${box('kp', 'Telephone', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'other', 'other']);
  });

  it("a box captioned 'Parent/Guardian' is the guardian's, the slash written without spaces", () => {
    expect(
      types(
        `<h2>About you</h2>${box('n', 'Full name')}${box('e', 'Email', 'email')}<h2>Applicants under 18</h2>${box('g', 'Parent/Guardian Full Name')}${box('gp', 'Parent/Guardian Phone Number', 'tel')}${box('ge', 'Parent/Guardian Email Address', 'email')}`,
      ),
    ).toEqual(['full_name', 'email', 'other', 'other', 'other']);
  });

  it("a referrer's block, named by a row of text or by its boxes' ids, holds the referrer's name and email", () => {
    const referrer = (id: string, label: string) =>
      `<div><label for="referrer-${id}">${label}</label><input id="referrer-${id}" name="referrer-${id}"></div>`;
    expect(
      types(
        `<h2>Your details</h2>${box('f', 'First Name')}${box('e', 'Email', 'email')}<h2>Source</h2>${block('Referrer — complete only if an employee referred you.')}${referrer('FirstName', 'First Name')}${referrer('LastName', 'Last Name')}${referrer('Email', 'Email Address')}`,
      ),
    ).toEqual(['first_name', 'email', 'other', 'other', 'other']);
  });

  it('a block asking who to call if something happens, or a referee or emergency contact named in Swedish, Dutch or German, holds their details', () => {
    for (const title of [
      'Who should we ring if something happens on a run?',
      'Referens',
      'Noodcontact',
      'Notfallkontakt',
    ])
      expect(
        types(
          `${box('f', 'Full name')}${box('e', 'Email', 'email')}<h3>${title}</h3>${box('k', 'Name')}${box('kp', 'Phone', 'tel')}`,
        ),
        title,
      ).toEqual(['full_name', 'email', 'other', 'other']);
  });
});
