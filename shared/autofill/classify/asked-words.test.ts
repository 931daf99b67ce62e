import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';
import { typesInForm as types, yesNo } from './testing.ts';

// Wordings of the big ATSs as employers configure them (forms-dev11, forms-dev12), each in invented text.
const box = (caption: string, name: string) => `<div><p>${caption}</p><input name="${name}"></div>`;

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

  it('a right to work that depends on the employer sponsoring is sponsorship', () => {
    expect(
      types(
        yesNo('Will your right to work in Ireland depend on us sponsoring you when your permit ends?', 's'),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('"how did you find it?" about a bug is not how you heard of the job', () => {
    expect(
      types(
        '<label for="b">Tell us about a nasty outage. What broke, and how did you find it?</label><textarea id="b" name="b"></textarea>',
      ),
    ).toEqual(['other']);
  });

  it('a generic "Select an answer" label gives way to the question before it', () => {
    expect(
      types(
        '<p>When could you start?</p><label for="w">Select an answer</label><select id="w" name="w"><option>Select an answer</option><option>Immediately</option><option>Within 2 weeks</option></select>',
      ),
    ).toEqual(['start_date']);
  });

  it('a yes/no question after its scene is not the topic it mentions', () => {
    expect(
      types(
        '<label for="r" id="rl">The role is based in our Leeds office. If you live elsewhere, would you relocate before your start date?</label><button type="button" id="r" aria-haspopup="listbox" aria-labelledby="rl">Select One</button>',
      ),
    ).toEqual(['other']);
  });

  it('a radio table: the question in the row, the choices named by column headers', () => {
    const fields = classifyForm(
      parseHTML(
        '<html><body><form><table><tr><th></th><th>None</th><th>1 to 3 years</th><th>More than 3 years</th></tr>' +
          '<tr><td>How many years of payroll experience do you have?</td><td><input type="radio" name="q1" value="901"></td><td><input type="radio" name="q1" value="902"></td><td><input type="radio" name="q1" value="903"></td></tr></table></form></body></html>',
      ).document as never,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['years_experience']);
    expect(fields[0]?.field.options.map((o) => o.text)).toEqual([
      'None',
      '1 to 3 years',
      'More than 3 years',
    ]);
  });
});
