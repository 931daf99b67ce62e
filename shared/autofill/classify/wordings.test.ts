import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// How US/UK ATS questions are worded when an employer writes its own (forms-dev8), and upload boxes
// whose only words are the widget's.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const yesNo = (q: string, name: string) =>
  `<fieldset><legend>${q}</legend><label><input type="radio" name="${name}">Yes</label><label><input type="radio" name="${name}">No</label></fieldset>`;

describe('the employer acting on a visa is sponsorship; being eligible is authorization', () => {
  it('reads petitions and "take action to obtain, extend or maintain" as sponsorship', () => {
    expect(
      types(
        yesNo(
          'Will you now or later need an employer to file a petition for, or extend, a work visa for you?',
          'a',
        ) +
          yesNo(
            'Will you need Acme Foods to take action to obtain, extend or maintain your work authorization?',
            'b',
          ) +
          yesNo('Are you legally eligible for employment in the United States?', 'c'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });

  it('a shift pattern the person is "able to work" is a schedule question', () => {
    expect(
      types(yesNo('This role works nights, 22:00 to 07:00. Are you able to work this pattern?', 'p')),
    ).toEqual(['other']);
  });
});

describe('questions as employers write them', () => {
  it('"current (or most recent) job title" is the current title', () => {
    expect(
      types(
        `<label for="t">What is your current (or most recent) job title?</label><input id="t" name="question_31">`,
      ),
    ).toEqual(['current_title']);
  });

  it('a label that sets the scene before asking is read by its question', () => {
    const states = [
      'Arizona',
      'Colorado',
      'Georgia',
      'Illinois',
      'Oregon',
      'Texas',
      'Utah',
      'Washington',
      'Ohio',
      'Iowa',
    ]
      .map((s) => `<option>${s}</option>`)
      .join('');
    expect(
      types(
        `<label for="s">This role is remote from select states. Which state will you work from?</label><select id="s"><option value="">Please select</option>${states}</select>`,
      ),
    ).toEqual(['state']);
  });
});

describe('an upload box named by its section', () => {
  it('takes the resume from a heading or a drop-zone line, in several languages', () => {
    expect(
      types(
        `<section><h3>Tu CV</h3><label><span>Seleccionar archivo</span><input type="file" style="display:none"></label></section>`,
      ),
    ).toEqual(['resume_file']);
    expect(
      types(
        `<h3>Resume</h3><div>Upload from your device</div><div>Drag and drop your CV here</div><input type="file">`,
      ),
    ).toEqual(['resume_file']);
    expect(
      types(
        `<h3>Dokumenty</h3><p>CV</p><label>Dodaj plik<input type="file"></label><p>List motywacyjny</p><label>Dodaj plik<input type="file"></label>`,
      ),
    ).toEqual(['resume_file', 'cover_letter_file']);
  });
});
