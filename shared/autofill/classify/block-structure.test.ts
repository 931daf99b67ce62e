import { describe, expect, it } from 'vitest';
import { box, candidate, typesInForm as types } from './testing.ts';

/** Help printed before a box: words of its own that name no one, so the order of boxes alone would restart there. */
const hint = (text: string) => `<p class="hint">${text}</p>`;
const home = `${box('a1', 'Street address')}${box('c1', 'City')}${box('z1', 'Postcode')}`;

describe("a block the page's structure draws: each of its boxes reads its title and intro", () => {
  it("a card about another person, its heading in the card's title bar, its phone after a hint of its own", () => {
    expect(
      types(
        `${candidate}<div class="card"><div class="bar"><h4>Next of kin</h4></div><p>We only call them if you are taken ill.</p>${box('k', 'Full name')}${box('kr', 'Relationship')}${hint('Include the area code.')}${box('kp', 'Phone', 'tel')}</div>`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other']);
  });

  it('nested fieldsets: the numbers of an emergency contact, under a legend of their own', () => {
    expect(
      types(
        `${candidate}<fieldset><legend>Emergency contact</legend>${box('k', 'Name')}${box('kr', 'Relationship')}<fieldset><legend>Phone numbers</legend>${box('km', 'Mobile', 'tel')}${box('kh', 'Home', 'tel')}</fieldset></fieldset>`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other', 'other']);
  });

  it('a div grid with role=group named by aria-labelledby, a group of numbers inside it', () => {
    expect(
      types(
        `${candidate}<div role="group" aria-labelledby="sp"><div id="sp" class="title">Your spouse or partner</div><div class="grid">${box('s', 'Full name')}${box('sr', 'Moving with you?')}<div role="group" aria-label="How to reach them">${box('se', 'Email', 'email')}${box('sm', 'Mobile', 'tel')}</div></div></div>`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other', 'other']);
  });

  it('a section whose help text sits in a <p> between the heading and the boxes, after the home address', () => {
    expect(
      types(
        `${candidate}${home}<section><h3>Background check</h3><p>Fill this in only if you have moved in the past three years.</p>${box('a2', 'Street')}${hint('As on your bills.')}${box('c2', 'Town')}${box('z2', 'Postcode')}</section>`,
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

  it('a block titled as the candidate’s stays theirs, though its intro names referees', () => {
    // (the name is left to the rules' reading of the text before it, which the referees rule out)
    expect(
      types(
        `<section><h3>Your details</h3><p>We will contact your referees only after an offer.</p>${box('n', 'Full name')}${box('e', 'Email', 'email')}${box('p', 'Phone', 'tel')}</section>`,
      ).slice(1),
    ).toEqual(['email', 'phone']);
  });

  it('a block naming no one leaves its boxes the candidate’s', () => {
    expect(
      types(
        `<fieldset><legend>How we reach you</legend><p>We reply within a week.</p>${box('e', 'Email', 'email')}${hint('Mobile preferred.')}${box('p', 'Phone', 'tel')}</fieldset>`,
      ),
    ).toEqual(['email', 'phone']);
  });
});

describe('a table row or repeated block: its header or its place decides whose its boxes are', () => {
  const cells = (n: number) =>
    `<td><input name="st${n}"></td><td><input name="ci${n}"></td><td><input name="zi${n}"></td>`;
  const head = '<tr><th></th><th>Street</th><th>City</th><th>ZIP</th></tr>';

  it('an address grid: the "Current" row is the candidate’s, "Previous (if less than 3 years)" is not', () => {
    expect(
      types(
        `${candidate}<p>Addresses</p><table>${head}<tr><th>Current</th>${cells(1)}</tr><tr><th>Previous (if less than 3 years)</th>${cells(2)}</tr></table>`,
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

  it('a second employer row under a From / To / Employer / Position header, with the employer’s phone', () => {
    const row = (n: number) =>
      `<tr><td><input name="from${n}" placeholder="MM/YYYY"></td><td><input name="to${n}" placeholder="MM/YYYY"></td><td><input name="emp${n}"></td><td><input name="pos${n}"></td><td><input name="tel${n}" type="tel"></td></tr>`;
    const fields = types(
      `${candidate}<table><tr><th>From</th><th>To</th><th>Employer</th><th>Position</th><th>Phone</th></tr>${row(1)}${row(2)}</table>`,
    );
    expect(fields.slice(5, 7)).toEqual(['current_company', 'current_title']);
    expect(fields.slice(10)).toEqual(['other', 'other', 'other']);
  });

  it('rows headed "Current or most recent" and "The one before that" under a header with an empty corner cell', () => {
    const row = (head: string, n: number) =>
      `<tr><th scope="row">${head}</th><td><input name="co${n}"></td><td><input name="ti${n}"></td><td><input name="ph${n}" type="tel"></td></tr>`;
    expect(
      types(
        `<table><thead><tr><td></td><th>Company</th><th>Job title</th><th>Phone</th></tr></thead><tbody>${row('Current or most recent', 1)}${row('The one before that', 2)}</tbody></table>`,
      ).slice(3),
    ).toEqual(['other', 'other', 'other']);
  });

  it('repeated fieldsets "Address 1", "Address 2": the second is a past home', () => {
    const fs = (n: number) =>
      `<fieldset><legend>Address ${n}</legend>${box(`st${n}`, 'Street')}${box(`ci${n}`, 'City')}${box(`zi${n}`, 'ZIP code')}</fieldset>`;
    expect(types(`${candidate}${fs(1)}${fs(2)}`)).toEqual([
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

  it('a section titled "Previous employment" holds the current job’s entry too: only its later entries are past', () => {
    const entry = (title: string, n: number) =>
      `<li><p>${title}</p>${box(`c${n}`, 'Employer')}${box(`t${n}`, 'Job title')}</li>`;
    expect(
      types(
        `<section><h3>Previous employment</h3><ul>${entry('Employer 1 (current or most recent)', 1)}${entry('Employer 2', 2)}</ul></section>`,
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other']);
  });

  it('a referees table’s second row stays the referee’s, named by the list', () => {
    const row = (n: number) =>
      `<tr><td><input name="rn${n}"></td><td><input name="re${n}" type="email"></td><td><input name="rp${n}" type="tel"></td></tr>`;
    expect(
      types(
        `${candidate}<p>Referees</p><table><tr><th>Name</th><th>Email</th><th>Phone</th></tr>${row(1)}${row(2)}</table>`,
      ),
    ).toEqual(['full_name', 'email', 'phone', 'other', 'other', 'other', 'other', 'other', 'other']);
  });
});

describe('a start date inside one entry of a list is when that entry began, not when you can start', () => {
  it('repeated "Position 1" / "Position 2" cards: their start dates are the jobs’, the availability question stays', () => {
    const job = (n: number) =>
      `<div class="card"><h4>Position ${n}</h4>${box(`co${n}`, 'Employer')}${box(`sd${n}`, 'Start date')}${box(`ed${n}`, 'End date')}</div>`;
    const got = types(
      `${candidate}<h3>Availability</h3>${box('av', 'Start date')}<h3>Work history</h3>${job(1)}${job(2)}`,
    );
    expect(got.slice(3, 4)).toEqual(['start_date']);
    expect(got.slice(4).filter((t) => t === 'start_date')).toEqual([]);
  });

  it('a list table’s "Date started" column under Employer / Position', () => {
    const row = (n: number) =>
      `<tr><td><input name="em${n}"></td><td><input name="po${n}"></td><td><input name="ds${n}" type="date"></td></tr>`;
    const got = types(
      `${candidate}<table><tr><th>Employer</th><th>Position</th><th>Date started</th></tr>${row(1)}${row(2)}</table>`,
    );
    expect(got).not.toContain('start_date');
  });

  it('a prior residence’s bare City and State after the home address are not where the candidate lives', () => {
    const got = types(
      `${candidate}<section><h3>Address</h3>${home}</section><section><h3>Prior Residence</h3><p>Only if you have lived at the address above for under three years.</p>${box('pc', 'City')}${box('ps', 'State')}</section>`,
    );
    expect(got.slice(-2)).toEqual(['other', 'other']);
  });
});
