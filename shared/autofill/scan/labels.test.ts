import { describe, expect, it } from 'vitest';
import { classifyInForm, typesInForm } from '../classify/testing.ts';

describe('the name of a table of questions', () => {
  it('an instruction sentence before the table names no list: each row is asked by its own cell', () => {
    const row = (question: string, control: string) => `<tr><td>${question}</td><td>${control}</td></tr>`;
    expect(
      typesInForm(
        '<p>Fill in each row. The hiring team reads these with your application.</p>' +
          '<table><tr><th>Question</th><th>Answer</th></tr>' +
          row(
            '4. Years of experience maintaining industrial refrigeration plant on a large site',
            '<select name="pq_4"><option>Pick one</option><option>0 - 2</option><option>3 - 5</option></select>',
          ) +
          '</table>',
      ),
    ).toEqual(['years_experience']);
  });
});

describe('a label whose for names no element', () => {
  it('captions the control of its item (Ant Design Upload), rather than ending the text before it', () => {
    expect(
      typesInForm(
        '<div class="item"><div><label for="form_cv" title="CV">CV</label></div>' +
          '<div><span role="button"><input type="file" style="display:none"><button type="button">Click to upload</button></span></div></div>',
      ),
    ).toEqual(['resume_file']);
  });
});

describe('a caption said in two languages', () => {
  it('the second language in markup of its own ("CV <span>/ Résumé</span>") is read with the first, as one caption', () => {
    const [field] = classifyInForm(
      '<div><span>Curriculum vitae <span class="en">/ Résumé</span></span><p>PDF</p><input type="file" name="doc"></div>',
    );
    expect(field?.field.signals.nearby.split(' | ')).toContain('Curriculum vitae / Résumé');
  });

  it('a translation in an element marked with its language goes with the caption it follows, so either language is read', () => {
    const [field] = classifyInForm(
      '<div class="question"><div class="q-label">Soonest day you could join us<span lang="fr">Premier jour où vous pourriez vous joindre à nous</span></div>' +
        '<div><input type="text" name="card[7][f2]" placeholder="AAAA-MM-JJ"></div></div>',
    );
    expect(field?.field.signals.nearby.split(' | ')[0]).toBe(
      'Soonest day you could join us / Premier jour où vous pourriez vous joindre à nous',
    );
  });

  it('a bilingual caption whose English half asks for sponsorship is read as sponsorship', () => {
    expect(
      typesInForm(
        '<div><div class="q">Would you need us to support a visa application to take this job?<span lang="fr">Faudrait-il que nous appuyions une demande de votre part ?</span></div>' +
          '<label><input type="radio" name="c[1]" value="Yes / Oui">Yes / Oui</label><label><input type="radio" name="c[1]" value="No / Non">No / Non</label></div>',
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('a span in another language that is not alone after a caption stays its own text', () => {
    const [field] = classifyInForm(
      '<div><p>Phone number</p><p><span lang="fr">Téléphone</span> (mobile)</p><input type="tel" name="tel"></div>',
    );
    expect(field?.field.signals.nearby).not.toContain('Phone number / ');
  });
});

describe('a caption split into sibling text nodes', () => {
  it('reads "Manager\'s phone number" as one run of text, not its last piece (an entity or a React {a}{b} splits it)', () => {
    const [field] = classifyInForm(
      '<div><span class="question-label">General Manager&#x27;s phone number</span><input type="tel" name="q39"></div>',
    );
    expect(field?.field.signals.nearby).toBe("General Manager's phone number");
    expect(field?.classification.type).toBe('other');
  });
});

describe('the text above a section heading', () => {
  it('belongs to the section before: a hint about a degree under the résumé does not make the next name box a history row', () => {
    // forms-dev45 (SmartRecruiters, Ireland): the résumé's hint, then a new section's heading and a name box
    const html =
      '<section><h2>Your details</h2><label for="cv">CV</label><input type="file" id="cv"><p>Please include your degree and the schools you trained in.</p></section>' +
      '<section><h2>Questions from the hiring team</h2><p>Vetting is required before any appointment.</p>' +
      '<label for="n">Full name exactly as it appears on your passport or photo ID (for vetting)</label><input type="text" id="n"></section>';
    const fields = classifyInForm(html);
    expect(fields[1]?.field.signals.nearby).not.toContain('degree');
    expect(fields[1]?.field.signals.nearby).toContain('Questions from the hiring team');
    expect(fields.map((f) => f.classification.type)).toEqual(['resume_file', 'full_name']);
  });

  it('a heading inside the same section is still read', () => {
    const [field] = classifyInForm(
      '<h3>Emergency contact</h3><p>Who should we call?</p><input type="text" name="x">',
    );
    expect(field?.field.signals.nearby.split(' | ')).toEqual(['Who should we call?', 'Emergency contact']);
  });
});
