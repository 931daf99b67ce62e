import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

const stateList = '<option></option><option>Kansas</option><option>Nebraska</option><option>Iowa</option>';

describe('blocks whose places are not where the person lives', () => {
  it("a licence's issuing state is not the home state, by its block or its name", () => {
    expect(
      types(
        `<fieldset><legend>Commercial Driver License</legend><label for="s">State</label><select id="s" name="cdl_state">${stateList}</select></fieldset>` +
          `<h3>Professional credentials</h3><label for="p">State</label><select id="p" name="Credentials[0].LicenseState">${stateList}</select>` +
          `<label for="h">State</label><select id="h" name="home_state">${stateList}</select>`,
      ),
    ).toEqual(['other', 'other', 'state']);
  });

  it("an address history's current row is the address; its later rows are not", () => {
    const row = (i: number) =>
      `<tr><td><input name="residence[${i}][street]"></td><td><input name="residence[${i}][city]"></td><td><select name="residence[${i}][state]">${stateList}</select></td></tr>`;
    expect(
      types(
        `<fieldset><legend>Residential history</legend><table><tbody>${row(0)}${row(1)}</tbody></table></fieldset>`,
      ),
    ).toEqual(['address_line1', 'city', 'state', 'other', 'other', 'other']);
  });

  it('"Previous Street Address" then bare City / State / Zip under a residence history: that past address', () => {
    // forms-dev35 (iCIMS): the current address is asked earlier; the history block lists the one before it
    expect(
      types(
        '<label for="a">Street Address</label><input id="a" name="a"><label for="b">City</label><input id="b" name="b">' +
          '<h3>Residence History</h3><label for="c">Previous Street Address</label><input id="c" name="c">' +
          `<label for="d">City</label><input id="d" name="d"><label for="e">State</label><select id="e" name="e">${stateList}</select>` +
          '<label for="f">Zip</label><input id="f" name="f">' +
          // (forms-dev27) a previous employee's id or e-mail address is no street
          '<label for="g">Previous Employee ID or work email address</label><input id="g" name="g"><label for="h">Country</label><input id="h" name="h">',
      ),
    ).toEqual(['address_line1', 'city', 'other', 'other', 'other', 'other', 'other', 'country']);
  });

  it('a past street captioned by unlinked text (Lever cards) takes the City / State / ZIP after it', () => {
    // forms-dev40: a background check's address history, each box under a <div class="text"> caption
    const q = (caption: string, control: string) =>
      `<li><div class="application-label"><div class="text">${caption}</div></div><div>${control}</div></li>`;
    expect(
      types(
        `<h4>Background check: address history</h4><ul>${q('Previous street address', '<input name="cards[u][field1]">')}` +
          q('City', '<input name="cards[u][field2]">') +
          q('State', `<select name="cards[u][field3]">${stateList}</select>`) +
          `${q('ZIP code', '<input name="cards[u][field4]">')}</ul>`,
      ),
    ).toEqual(['other', 'other', 'other', 'other']);
  });

  it('a block for a previous address is not the current one', () => {
    expect(
      types(
        `<fieldset><legend>Prior address (if at your current one under 3 years)</legend><label for="c">City</label><input id="c" name="c"></fieldset>` +
          `<label for="d">City</label><input id="d" name="d">`,
      ),
    ).toEqual(['other', 'city']);
  });

  it('one box asking where the person lived before, or named as a prior address, is not the current address', () => {
    // forms-dev46: an ASP.NET box with no label, named "txtPriorAddr", under "… where did you live before?"
    expect(
      types(
        '<label for="a">Street address</label><input id="a" name="street">' +
          '<p>If you have been at this address less than three years, where did you live before?</p><input name="q7">' +
          '<label for="b">Where did you reside in 2019?</label><input id="b" name="q8">' +
          '<input name="ctl00$main$txtPriorAddr">' +
          '<label for="c">Address</label><input id="c" name="applicant.prevAddress">',
      ),
    ).toEqual(['address_line1', 'other', 'other', 'other', 'other']);
  });

  it('a block headed or described as the address lived at before is a past home, every box of it', () => {
    // forms-dev41: Workday "Previous address (for the Enhanced DBS check)"; SmartRecruiters "Background check" whose
    // boxes are described as "the address you lived at before it"
    const said =
      'If you have lived at your current address for less than three years, enter the address you lived at before it.';
    expect(
      types(
        '<label for="a">Address line 1</label><input id="a" name="a"><label for="b">City</label><input id="b" name="b">' +
          '<h3>Previous address (for the Enhanced DBS check)</h3><label for="c">Address line 1</label><input id="c" name="c">' +
          '<label for="d">Town/City</label><input id="d" name="d">' +
          `<h3>Background check</h3><p id="h">${said}</p>` +
          '<label for="e">Street address</label><input id="e" name="e" aria-describedby="h">' +
          '<label for="f">ZIP code</label><input id="f" name="f" aria-describedby="h">',
      ),
    ).toEqual(['address_line1', 'city', 'other', 'other', 'other', 'other']);
  });
});

describe('the entries of an employment history', () => {
  it('"Work Experience 1" (Workday counts from one) is the latest job; "Work Experience 2" is an earlier one', () => {
    const entry = (n: number) =>
      `<fieldset><legend>Work Experience ${n}</legend><label for="t${n}">Job Title</label><input id="t${n}" name="jobTitle">` +
      `<label for="c${n}">Company</label><input id="c${n}" name="companyName">` +
      `<label for="d${n}">Role Description</label><textarea id="d${n}" name="roleDescription"></textarea></fieldset>`;
    expect(types(entry(1) + entry(2))).toEqual([
      'current_title',
      'current_company',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('a numbered employer entry is a history block', () => {
  const row = (caption: string, id: string, control = `<input id="${id}" name="${id}">`) =>
    `<div class="row"><div class="cell"><div class="caption">${caption}</div></div><div class="cell">${control}</div></div>`;
  it("the current entry's employer and title are the current ones; its address and phone are the employer's", () => {
    expect(
      types(
        '<h2>Employment History</h2><h3>Employer 1 (current or most recent)</h3>' +
          row('Employer', 'a') +
          row('Job Title', 'b') +
          row('Street Address', 'c') +
          row('City', 'd') +
          row('State', 'e', `<select id="e" name="e">${stateList}</select>`) +
          row('Zip', 'f') +
          row('Employer Phone', 'g') +
          '<h3>Employer #2</h3>' +
          row('Employer', 'h') +
          row('City', 'i'),
      ),
    ).toEqual([
      'current_company',
      'current_title',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('"Job 1" and "Job 2" printed over the rows (not headings) number the entries: only the first is current', () => {
    // forms-dev46: a state portal's table, "PART D - WORK HISTORY" as a bold cell, "Job 1" / "Job 2" as row captions
    const job = (n: number) =>
      `<tr><td colspan="2"><b>Job ${n}</b></td></tr><tr><td>Employer</td><td><input name="job${n}emp"></td></tr>`;
    expect(
      types(
        `<h1>Clerk II</h1><table><tr><td><b>Work history (most recent first)</b></td></tr>${job(1)}${job(2)}</table>`,
      ),
    ).toEqual(['current_company', 'other']);
  });

  it('a bare "Employer 1" heading is the first entry, so the current employer', () => {
    expect(types(`<h3>Employer 1</h3>${row('Employer', 'a')}${row('Phone', 'b')}`)).toEqual([
      'current_company',
      'other',
    ]);
  });
});

describe('a signature line is no referee or employment block', () => {
  it('the name typed to sign is the full name, whatever references or employment the attestation names', () => {
    // forms-dev47 (Oracle): "By typing my name below I attest …, including with the references and regulatory college named."
    expect(
      types(
        '<h2>e-Signature</h2><p>By typing my name below I attest that this is accurate and I authorize you to verify it, including with the references named.</p>' +
          '<label for="a">Full Name</label><input id="a">',
      ),
    ).toEqual(['full_name']);
    expect(
      types(
        '<h2>Declaration</h2><p>False statements may lead to the end of my employment. Electronic signature:</p>' +
          '<label for="b">Full legal name</label><input id="b">',
      ),
    ).toEqual(['full_name']);
  });

  it("a referee block with no signature wording still keeps the referee's name out", () => {
    expect(
      types(
        '<h2>References</h2><p>Give one professional reference.</p><label for="r">Full name</label><input id="r">',
      ),
    ).toEqual(['other']);
  });
});

describe('an employer named by its place in time', () => {
  it('"Your employer before the current one" is a past entry: its company is not the current company', () => {
    for (const heading of ['Your employer before the current one', 'The job prior to your present one'])
      expect(
        types(
          `<h3>${heading}</h3><div class="text">Company</div><input name="cards[x][field0]">` +
            `<h3>Where you work now</h3><label for="c">Current company</label><input id="c">`,
        ),
        heading,
      ).toEqual(['other', 'current_company']);
  });
});
