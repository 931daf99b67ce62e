import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const box = (id: string, label: string, type = 'text') =>
  `<div><label for="${id}">${label}</label><input id="${id}" name="${id}" type="${type}"></div>`;
const candidate = box('n', 'Full name') + box('e', 'Email', 'email') + box('p', 'Phone', 'tel');

describe("another person's details", () => {
  it("a guarantor's or a parent or guardian's name is not the candidate's", () => {
    expect(types(candidate + box('g', "Guarantor's full name"))).toEqual([
      'full_name',
      'email',
      'phone',
      'other',
    ]);
    expect(
      types(
        `${candidate}<p>Parent or guardian</p><p>If you are under 18, a parent or guardian also signs. Please give their details.</p>${box('g', 'Name')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other']);
  });

  it('the bare Email and Phone right after their name are theirs, once the candidate has given their own', () => {
    expect(
      types(
        `${candidate}<h2>Housing</h2><p>The lease needs a guarantor (co-signer).</p>${box('g', "Guarantor's full name")}${box('ge', 'Email', 'email')}${box('gp', 'Phone number', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });

  it("the candidate's only e-mail, or one after some other question, stays theirs", () => {
    // no e-mail asked before: the box after the guarantor's name is not read as a second one
    expect(types(box('g', "Guarantor's full name") + box('e', 'Email', 'email'))).toEqual(['other', 'email']);
    expect(
      types(
        `${candidate}${box('g', "Guarantor's full name")}${box('c', 'City')}${box('e2', 'Email', 'email')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'city', 'email']);
  });
});

describe('a detail asked a second time, under a heading that does not name the candidate', () => {
  it("bare Name / Email / Phone boxes are another person's", () => {
    expect(
      types(
        `${candidate}<h2>Nominated contact at the site</h2>${box('c', 'Name')}${box('ce', 'Email', 'email')}${box('cp', 'Phone number', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
    expect(types(`${candidate}<h2>Out-of-hours cover</h2>${box('ce', 'E-mail address', 'email')}`)).toEqual([
      'full_name',
      'email',
      'phone',
      'other',
    ]);
  });

  it("a confirmation, a re-entry, a signature or a heading naming the candidate stays the candidate's", () => {
    expect(
      types(
        `${candidate}<h2>Account security</h2>${box('c1', 'Confirm your email', 'email')}${box('c2', 'Re-enter email', 'email')}<h2>Declaration</h2>${box('s', 'Name')}<h2>Your contact preferences</h2>${box('p2', 'Phone', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'email', 'email', 'full_name', 'phone']);
  });

  it('a detail asked first under a heading of its own is not asked again', () => {
    expect(types(`<h2>Step 1</h2>${box('n', 'Name')}<h2>Step 2</h2>${box('e', 'Email', 'email')}`)).toEqual([
      'full_name',
      'email',
    ]);
  });
});
