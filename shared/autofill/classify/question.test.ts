import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

// Where the question of a control is read from when it has no label of its own.

describe('the question of a control without a label', () => {
  it('a "Position Specific Questions" legend is the section, not the question of the box in it', () => {
    expect(
      types(
        '<fieldset><legend>Position Specific Questions</legend>' +
          '<p><span>2. </span><span>When could you start?</span></p><input name="Q$1">' +
          '<p><span>4. </span><span>Where did you see this vacancy advertised?</span></p><select name="Q$3"><option></option><option>Job board</option><option>Newspaper</option></select>' +
          '</fieldset>',
      ),
    ).toEqual(['start_date', 'how_did_you_hear']);
  });

  it('a title with an aside in brackets, then help naming another link, is asked by the title', () => {
    // forms-dev46 (Teamtailor): "Link to code you're proud of (a repo, pull request or gist)" over "… not just your
    // GitHub profile page …"; the help's link is not what the box takes
    const q = (title: string, help: string, n: number) =>
      `<div>${title}</div><p>${help}</p><input name="answers[${n}][text]">`;
    expect(
      types(
        q(
          'Link to code you are proud of (a repo, pull request or gist)',
          'Point us to one specific piece, not just your GitHub profile page, and say what to look at.',
          1,
        ) +
          q(
            'A project you shipped (app store page, demo or write-up)',
            'Please send the project itself rather than your LinkedIn profile, with one line on your part.',
            2,
          ),
      ),
    ).toEqual(['other', 'other']);
  });

  it("a label that is only the box's own generated name is no label: the question beside it is read", () => {
    expect(
      types(
        '<div data-ui="QB_5520931"><span>How many years have you spent in route planning or dispatch?</span>' +
          '<input name="QB_5520931" type="number" min="0" aria-label="QB_5520931"></div>' +
          '<label for="country">Country</label><select id="country"><option></option><option>Canada</option><option>Mexico</option></select>',
      ),
    ).toEqual(['years_experience', 'country']);
  });

  it('a date box with only the question it points to is read by that question', () => {
    expect(
      types(
        '<ol><li><p id="q9">When could you join us?</p></li><li><label><input type="checkbox" name="s[sms]">Text me updates</label>' +
          '<div style="display:none"><input type="date" name="s[date]" aria-describedby="q9"></div></li></ol>',
      ),
    ).toEqual(['other', 'start_date']);
  });

  it('drop-zone words and a pictogram before them are the widget, not the question', () => {
    expect(
      types(
        '<p>Got a CV? Feel free to add it below.</p><label>📄 Upload a file<input type="file" name="up1" hidden></label>' +
          '<div><span>Curriculum vitae</span><span>Déposer les fichiers ici</span><span>ou</span><span>Sélectionner des fichiers</span><input type="file" name="up2"></div>' +
          '<table><tr><th>Kind</th><th>File</th></tr><tr><th>Cover letter</th><td><span>Drag a file here</span> <span>or</span> <span>choose from computer</span><input type="file" name="up3"></td></tr></table>',
      ),
    ).toEqual(['resume_file', 'resume_file', 'cover_letter_file']);
  });

  it("a compound widget's part caption after the question names the part, it is not help", () => {
    // the question and each box's caption are both named by aria-labelledby, as form builders do
    const part = (id: string, caption: string) =>
      `<span><input id="${id}" name="q2[${id}]" aria-labelledby="q2 s-${id}"><label id="s-${id}" for="${id}">${caption}</label></span>`;
    expect(
      types(
        `<label id="q2">Where do you live at present?</label>${part('a1', 'Street Address')}${part('a2', 'Street Address Line 2')}${part('st', 'State / Territory')}${part('pc', 'Postcode')}` +
          `<label id="q1">Who should we address this to?</label>${part('fn', 'First Name')}${part('ln', 'Last Name')}`,
      ),
    ).toEqual(['address_line1', 'other', 'state', 'postal_code', 'first_name', 'last_name']);
  });

  it('a dependent dropdown prompting to answer another first is asked by its caption', () => {
    const dependent = (caption: string, prompt: string, id: string) =>
      `<span>${caption}</span><div><div id="${id}-ph">${prompt}</div><div><input id="${id}" role="combobox" aria-describedby="${id}-ph" value=""></div></div>`;
    expect(
      types(
        dependent('Town', 'Choose the region first', 'a') +
          dependent('Cidade', 'Escolha o estado primeiro', 'b'),
      ),
    ).toEqual(['city', 'city']);
  });

  it('a listbox button showing "Select…" is asked by the question before it, examples in brackets and all', () => {
    const listbox = (question: string, id: string) =>
      `<p>${question}</p><button type="button" id="${id}" aria-haspopup="listbox" aria-expanded="false"><span>Select…</span></button>`;
    expect(
      types(
        listbox('Do you have the right to work in Canada?', 'lb1') +
          listbox('Would you need us to sponsor a work visa (for example an LMIA-based permit)?', 'lb2'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required']);
  });
});

describe('the two ends of a range', () => {
  it('"From" / "To" boxes under a pay question are both the pay asked for; under a schedule question they are not', () => {
    const range = (q: string, id: string) =>
      `<p id="${id}">${q}</p>` +
      `<div><input type="number" id="${id}-lo" aria-describedby="${id}"><label for="${id}-lo">From</label></div>` +
      `<div><input type="number" id="${id}-hi" aria-describedby="${id}"><label for="${id}-hi">To</label></div>`;
    expect(
      types(
        range('What annual salary are you aiming for?', 'pay') +
          range('Which hours of the day can you be reached?', 'hrs'),
      ),
    ).toEqual(['salary_expectation', 'salary_expectation', 'other', 'other']);
  });

  it("a range's legend is its question, not the help printed between it and the boxes", () => {
    expect(
      types(
        '<fieldset><legend>What salary would you expect?</legend><p>The budgeted band for this role is 60–70k; say so if yours differs.</p>' +
          '<input id="lo" type="number"><label for="lo">Min</label><input id="hi" type="number"><label for="hi">Max</label></fieldset>',
      ),
    ).toEqual(['salary_expectation', 'salary_expectation']);
  });
});

describe('a numbered question', () => {
  it('"7. Do you hold …?" is a yes / no question whatever date it mentions', () => {
    expect(
      types(
        '<label for="q7">7. Do you hold a boiler operator certificate, or will you earn one before your start date?</label>' +
          '<select id="q7" name="q7"><option>Yes, I hold one</option><option>I will earn one before I start</option><option>No</option></select>',
      ),
    ).toEqual(['other']);
  });

  it('help printed between a question and its box, and pointed to by the box, is not the question', () => {
    expect(
      types(
        '<div><h4>Send us two menus you wrote for a real restaurant.</h4>' +
          '<p id="h1">A shared folder or your own site is fine. Please skip your LinkedIn profile; we want the menus.</p>' +
          '<textarea name="q[81]" aria-describedby="h1"></textarea></div>' +
          '<div><h4>Questions for you</h4><p id="h2">Expected pay (gross per year)</p><input name="q[82]" aria-describedby="h2"></div>',
      ),
    ).toEqual(['other', 'salary_expectation']);
  });

  it('a box with its own question inside a block titled "Visa status" is asked that question, not the title', () => {
    expect(
      types(
        '<fieldset><legend>Visa status</legend>' +
          '<p>We check every hire against the immigration rules before their first day.</p>' +
          '<div>Would you need our firm to act as your visa sponsor in order to accept this offer of work?</div>' +
          '<select name="vq2"><option></option><option>Yes</option><option>No</option></select>' +
          '</fieldset>',
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('a box asked for a reference inside a "Right to work" block is not the right-to-work question', () => {
    expect(
      types(
        '<fieldset><legend>Right to work in Ireland</legend>' +
          '<div>Do you have the right to live and work in Ireland?</div>' +
          '<select name="rw1"><option></option><option>Yes</option><option>No</option></select>' +
          '<div>If you were given an IRP number, please enter it</div>' +
          '<div>Ten characters, e.g. 1A2B3C4D5E. It is printed on the back of your card.</div><input name="rw2">' +
          '</fieldset>',
      ),
    ).toEqual(['work_authorization', 'other']);
  });
});
