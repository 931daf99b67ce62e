import { describe, expect, it } from 'vitest';
import { bare, block, box, candidate, classifyInForm, typesInForm as types } from './testing.ts';

const home = `${box('a1', 'Street address')}${box('c1', 'City')}${box('z1', 'Postcode')}`;

describe('a block about another person: every bare box in it is theirs', () => {
  it('the boxes after the first one, which alone sees the block title, inherit it', () => {
    expect(
      types(
        `${candidate}<h2>Safety</h2>${block('Next of kin', 'We only call them if you are taken ill on site.')}${box('k', 'Full name')}${bare('km', 'Mobile number', 'tel')}${box('ke', 'E-mail', 'email')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });

  it('a person named by what they are to the candidate, then a placeholder-only phone', () => {
    expect(
      types(
        `${candidate}<h2>Checks</h2>${block('A person who has supervised you at work')}${box('r', 'Name')}${box('rj', 'Their job title')}${bare('rp', '07700 900123', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });

  it('says why, naming the block', () => {
    const fields = classifyInForm(
      `${candidate}<h2>Safety</h2>${block('Emergency contact')}${box('k', 'Name')}${bare('kp', 'Phone', 'tel')}`,
    );
    expect(fields.at(-1)?.classification.reason).toMatch(/someone else \("emergency contact"\)/);
  });

  it("a box whose own caption names the candidate stays the candidate's", () => {
    expect(
      types(
        `${candidate}<h2>Safety</h2>${block('In an emergency, who do we call?')}${box('k', 'Name')}${box('kp', "Applicant's phone", 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'phone']);
  });

  it('the block ends at the next box with a title of its own', () => {
    expect(
      types(
        `<h2>Application</h2>${block('Emergency contact')}${box('k', 'Name')}${box('kp', 'Phone', 'tel')}${block('How we reach you')}${box('e', 'Email', 'email')}${box('p', 'Mobile', 'tel')}`,
      ),
    ).toEqual(['other', 'other', 'email', 'phone']);
  });

  it('a signature block is the candidate’s, whatever it names', () => {
    expect(
      types(
        `<h2>Declaration</h2>${block('By typing your name below you confirm your references may be contacted.')}${box('s', 'Name')}`,
      ),
    ).toEqual(['full_name']);
  });
});

describe('a block about a past home: its bare address boxes are not where the candidate lives', () => {
  it('an intro saying "if you have moved", after the candidate gave their address', () => {
    expect(
      types(
        `${candidate}${home}<h2>Background check</h2>${block('Where you lived before', 'Fill this in only if you have moved in the past three years.')}${box('a2', 'Street')}${box('c2', 'Town')}${box('z2', 'Postcode')}`,
      ),
    ).toEqual([
      'full_name',
      'email',
      'phone',
      'address_line1',
      'city',
      'postal_code',
      'other',
      'other',
      'other',
    ]);
  });

  it('an address history titled by its years, after the current address', () => {
    expect(
      types(
        `${candidate}${home}<h2>Screening</h2>${block('Addresses over the past 7 years')}${box('a2', 'Street')}${box('c2', 'City')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'address_line1', 'city', 'postal_code', 'other', 'other']);
  });

  it("with no address asked before, the history's first row is the candidate's own (its current row)", () => {
    expect(
      types(
        `${candidate}<h2>Address</h2>${block('Addresses over the past 7 years')}${box('a2', 'Street')}${box('c2', 'City')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'address_line1', 'city']);
  });
});

describe('a block is read once', () => {
  it("a history fieldset's current row stays the candidate's, though its street was asked in the same block", () => {
    const cell = (n: string) => `<td><input type="text" name="${n}"></td>`;
    expect(
      types(
        `${box('e', 'Email', 'email')}<fieldset><legend>Residence history</legend><p>Start with where you live now.</p><table><thead><tr><th>Street</th><th>City</th><th>Postcode</th></tr></thead><tbody><tr>${cell('h[0][street]')}${cell('h[0][city]')}${cell('h[0][postcode]')}</tr></tbody></table></fieldset>`,
      ),
    ).toEqual(['email', 'address_line1', 'city', 'postal_code']);
  });
});

describe('a block headed by another person named by relation: its bare boxes are theirs', () => {
  it('"Your spouse / partner", then a bare name and a placeholder-only phone', () => {
    expect(
      types(
        `${candidate}<h2>Relocation</h2>${block('Your spouse / partner', 'Only if they will move with you.')}${box('s', 'Full name')}${bare('sp', 'Phone', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other']);
  });

  it('"Parent or guardian" of a young applicant', () => {
    expect(
      types(
        `${candidate}<h2>Consent</h2>${block('Parent or guardian')}${box('g', 'Name')}${box('ge', 'Email', 'email')}${box('gp', 'Phone', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });

  it('"Agency contact"', () => {
    expect(
      types(
        `${candidate}<h2>Source</h2>${block('Agency contact', 'If an agency put you forward.')}${box('a', 'Name')}${box('ae', 'Email', 'email')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other']);
  });

  it('"Relative employed here", its own caption naming the candidate kept', () => {
    expect(
      types(
        `${candidate}<h2>Conflicts</h2>${block('Relative employed here')}${box('r', 'Full name')}${box('re', 'Email', 'email')}${box('rp', 'Your phone', 'tel')}`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'phone']);
  });

  it('"Partner with us" names no person', () => {
    expect(
      types(
        `<h2>Contact</h2>${block('Partner with us')}${box('n', 'Full name')}${box('e', 'Email', 'email')}`,
      ),
    ).toEqual(['full_name', 'email']);
  });
});
