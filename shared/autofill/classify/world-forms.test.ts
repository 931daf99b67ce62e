import { describe, expect, it } from 'vitest';
import { classifyInForm as classify, typesInForm as types, yesNo } from './testing.ts';

// Forms from India, Brazil, Germany, France, Sweden and Australia (forms-dev14), in invented wording.
const box = (caption: string, name: string) =>
  `<div><label for="${name}">${caption}</label><input id="${name}" name="${name}"></div>`;

describe('application forms around the world', () => {
  it('Indian English: designation, date of joining, and a Years select under Total Experience', () => {
    expect(
      types(
        box('Current Designation', 'a') +
          box('Expected Date of Joining', 'b') +
          '<div><span>Total Experience</span><label for="y">Years</label><select id="y" name="exp_y"><option>Years</option><option>0</option><option>1</option></select></div>',
      ),
    ).toEqual(['current_title', 'start_date', 'years_experience']);
  });

  it('Portuguese: last salary is not expected pay; when you could start; authorization vs the employer asking', () => {
    expect(
      types(
        box('Qual foi o seu último salário bruto?', 'a') +
          box('A partir de que data você poderia começar?', 'b') +
          yesNo('Você tem autorização para trabalhar em Portugal?', 'c', 'Sim', 'Não') +
          yesNo(
            'Você precisaria que a empresa solicitasse uma autorização de residência para trabalho?',
            'd',
            'Sim',
            'Não',
          ),
      ),
    ).toEqual(['other', 'start_date', 'work_authorization', 'sponsorship_required']);
  });

  it('German: an abbreviation ("bzw.") does not end the visa question', () => {
    expect(
      types(
        yesNo(
          'Benötigen Sie für die Stelle ein Visum, für das wir Unterlagen einreichen bzw. eine Zustimmung einholen müssten?',
          'v',
          'Ja',
          'Nein',
        ),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('French: a request filed in your name is sponsorship; how you discovered the offer; a drop zone for the CV', () => {
    expect(
      types(
        yesNo(
          "Faudrait-il que nous déposions une demande d'autorisation de travail en votre nom ?",
          'p',
          'Oui',
          'Non',
        ) +
          '<fieldset><legend>Comment avez-vous découvert cette offre ?</legend><label><input type="radio" name="h">LinkedIn</label><label><input type="radio" name="h">Indeed</label></fieldset>' +
          '<div><span>CV *</span><span>Glissez votre CV ici ou</span><span>importez un fichier</span><span>PDF, 5 Mo maximum</span><input type="file"></div>',
      ),
    ).toEqual(['sponsorship_required', 'how_did_you_hear', 'resume_file']);
  });

  it("Swedish and Australian English: a personal letter, an employer applying for a permit, the last role's company", () => {
    expect(
      types(
        '<label for="l">Personal letter</label><textarea id="l" name="letter"></textarea>' +
          yesNo('Would you need us to apply for a work permit for you?', 'w') +
          box('Most recent role: company name', 'r'),
      ),
    ).toEqual(['cover_letter_text', 'sponsorship_required', 'current_company']);
  });

  it('an upload row takes the document its row picks, and a select2 box is one question with its select', () => {
    const fields = classify(
      '<table><thead><tr><th>Type</th><th>File</th></tr></thead><tbody>' +
        '<tr><td><select name="d0"><option value="">Choose</option><option value="CV" selected>Curriculum vitae</option><option value="CL">Cover letter</option></select></td><td><label>Choose file<input type="file" name="f0"></label></td></tr>' +
        '<tr><td><select name="d1"><option value="">Choose</option><option value="CV">Curriculum vitae</option><option value="CL" selected>Cover letter</option></select></td><td><label>Choose file<input type="file" name="f1"></label></td></tr></tbody></table>' +
        '<label for="c">City</label><select id="c" name="city"><option>Pune</option></select><span class="select2"><span role="combobox" aria-labelledby="c"></span></span>',
    );
    expect(fields.filter((f) => f.field.kind === 'file').map((f) => f.classification.type)).toEqual([
      'resume_file',
      'cover_letter_file',
    ]);
    expect(fields.find((f) => f.field.signals.name === 'city')?.field.elements.length).toBe(2);
  });
});
