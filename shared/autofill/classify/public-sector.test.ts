import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types } from './testing.ts';

// Wordings of government and public-sector application forms (UK, US, Australia), in invented text.

describe('public-sector wordings', () => {
  it('a draft-registration question whose options mention sex is not the sex question', () => {
    expect(
      types(
        radios('Men born after 1959 must register with the Selective Service. Have you done so?', 'ss', [
          'Yes',
          'No',
          'Not required (I am a woman)',
        ]),
      ),
    ).toEqual(['other']);
  });

  it('a "Job reference" line above the form is not a referees block', () => {
    expect(
      types(
        '<p>Vacancy reference: HX/26/118</p><p>Job reference: 77-104</p><label for="g">Given name</label><input id="g" name="g">',
      ),
    ).toEqual(['first_name']);
  });

  it('an Australian suburb is the city; GOV.UK "Building and street line 1 of 2" is the first line', () => {
    expect(
      types(
        '<label for="b1">Building and street <span>line 1 of 2</span></label><input id="b1" name="tx_1">' +
          '<label for="b2"><span>Building and street line 2 of 2</span></label><input id="b2" name="tx_2">' +
          '<label for="sb">Suburb</label><input id="sb" name="tx_3">',
      ),
    ).toEqual(['address_line1', 'other', 'city']);
  });

  it('"Which department or agency do you work for?" is the current employer', () => {
    expect(
      types('<label for="d">Which agency or department do you work for?</label><input id="d" name="q7">'),
    ).toEqual(['current_company']);
  });

  it('an upload titled, then helped by an aside in brackets, takes the titled document', () => {
    expect(
      types(
        '<div><strong>Cover letter</strong> <span>(one page, against the selection criteria)</span> <span>No file attached</span><input type="file" name="att2"></div>',
      ),
    ).toEqual(['cover_letter_file']);
  });

  it('spans of years under an experience question ask for years, whatever the wording', () => {
    expect(
      types(
        radios('Do you have any warehouse or forklift experience?', 'x1', [
          'Not yet',
          'Under 1 year',
          '2-4 years',
          '5 years or more',
        ]) +
          radios('Which statement best describes your experience auditing grant budgets?', 'x2', [
            'I have no experience of this kind',
            'Less than 1 year',
            '1 year but less than 4 years',
            '4 years or more',
          ]) +
          radios('How many hours a week can you work?', 'x3', ['10', '20', '30+']),
      ),
    ).toEqual(['years_experience', 'years_experience', 'other']);
  });
});

describe('a block about another person, named by what they are to you', () => {
  const own =
    '<label for="fn">Full name</label><input id="fn" name="fn">' +
    '<label for="em">Email</label><input id="em" name="em" type="email">' +
    '<label for="ph">Phone</label><input id="ph" name="ph" type="tel">';
  const block = (heading: string) =>
    `${own}<section><h3>${heading}</h3>` +
    '<label for="rn">Name</label><input id="rn" name="r_0">' +
    '<label for="rp">Phone</label><input id="rp" name="r_1" type="tel">' +
    '<label for="re">Email</label><input id="re" name="r_2" type="email"></section>';

  it('keeps the bare Name, Phone and Email under it out of the candidate\u2019s details', () => {
    for (const heading of [
      'Someone who managed you in the last 3 years',
      'A person who has supervised you at work',
      'Somebody who can vouch for you',
      'A colleague who worked alongside you',
    ])
      expect(types(block(heading)), heading).toEqual([
        'full_name',
        'email',
        'phone',
        'other',
        'other',
        'other',
      ]);
  });

  it('a heading about the candidate\u2019s own past is not another person', () => {
    expect(types(block('Tell us who you are')).slice(3)).not.toEqual(['other', 'other', 'other']);
  });
});
