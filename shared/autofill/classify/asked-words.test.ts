import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// Wordings of the big ATSs as employers configure them (forms-dev11, forms-dev12), each in invented text.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const box = (caption: string, name: string) => `<div><p>${caption}</p><input name="${name}"></div>`;
const yesNo = (q: string, name: string) =>
  `<fieldset><legend>${q}</legend><label><input type="radio" name="${name}">Yes</label><label><input type="radio" name="${name}">No</label></fieldset>`;

describe('what the question asks, in the words employers use', () => {
  it('reads availability, the least pay accepted and the current position', () => {
    expect(
      types(
        box('Date you are available to begin work', 'q1') +
          box('What is the lowest hourly wage you would accept?', 'q2') +
          box('Current position', 'q3'),
      ),
    ).toEqual(['start_date', 'salary_expectation', 'current_title']);
  });

  it('an employer processing a visa, or supporting a residence permit, is sponsorship', () => {
    expect(
      types(
        yesNo('Would you need us to process a work visa for you?', 'a') +
          yesNo('Would you need our support to obtain a work or residence permit for this role?', 'b'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required']);
  });

  it('an upload box under a drop-zone prompt takes the document named after it', () => {
    expect(
      types(
        '<div><span>CV</span><span>Upload a file</span><span>or drag and drop here (PDF, DOCX, up to 5 MB)</span><input type="file" accept=".pdf"></div>',
      ),
    ).toEqual(['resume_file']);
  });

  it('"GitHub or portfolio link" is a link box either answer fills', () => {
    expect(types(box('GitLab, GitHub or portfolio link (optional)', 'x9'))).not.toEqual(['other']);
  });

  it('a request to link one thing built, whose help rules a LinkedIn profile out, is not the LinkedIn box', () => {
    expect(
      types(
        box(
          'Link us to one project you shipped: a repo, a demo, a write-up. A LinkedIn profile on its own is not enough.',
          'c1',
        ),
      ),
    ).toEqual(['other']);
  });

  it('a start date in an "Add experience" dialog is a past job, and a recruiting-channel list is how you heard', () => {
    expect(
      types(
        '<h3>Add experience</h3><label for="s">Start date</label><input id="s" name="start">' +
          '<select name="recruiting_channel"><option></option><option>LinkedIn</option><option>A friend</option></select>',
      ),
    ).toEqual(['other', 'how_did_you_hear']);
  });
});
