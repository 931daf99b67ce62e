import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// Wordings from forms-dev17 (French, Spanish, Dutch, German UIs) and forms-dev18 (start-ups' long
// custom questions), each rewritten in invented text.
const box = (caption: string, name: string, extra = '') =>
  `<div><label for="${name}">${caption}</label><input id="${name}" name="${name}" ${extra}></div>`;
const answerBox = (question: string, name: string) =>
  `<div><p>${question}</p><label for="${name}">Antwoord</label><input id="${name}" name="${name}"></div>`;

describe('questions in the site’s own language', () => {
  it('French: place of residence, authorisation "(e)", a date behind "Votre réponse", a drop zone', () => {
    expect(
      types(
        box('Lieu de résidence', 'a', 'placeholder="Ville ou code postal"') +
          yesNo('Êtes-vous autorisé(e) à travailler en Belgique sans restriction ?', 'b', 'Oui', 'Non') +
          '<fieldset><legend>À partir de quelle date pourriez-vous prendre votre poste ?</legend><label for="c">Votre réponse</label><input id="c" name="c"></fieldset>' +
          '<div><span>CV</span><span>Glissez-déposez votre CV ici ou</span><span>parcourez vos fichiers</span><span>.pdf, .docx – 8 Mo maximum</span><input type="file"></div>',
      ),
    ).toEqual(['city', 'work_authorization', 'start_date', 'resume_file']);
  });

  it('Dutch answer boxes named "Antwoord" take the question above them', () => {
    expect(
      types(
        answerBox('Wat is je woonplaats?', 'a') +
          answerBox('In welke provincie woon je?', 'b') +
          yesNo('Mag je zonder beperkingen in België werken?', 'c', 'Ja', 'Nee') +
          answerBox('Wat is je huidige bruto jaarsalaris?', 'd') +
          `<div><p>Hoe heb je deze vacature gevonden?</p><input name="e" placeholder="Bijv. LinkedIn, Indeed of via via"></div>`,
      ),
    ).toEqual(['city', 'state', 'work_authorization', 'other', 'how_did_you_hear']);
  });

  it('Spanish and German source questions; a German upload under "Hochladen"', () => {
    expect(
      types(
        '<label for="s">¿Cómo conociste esta vacante?</label><select id="s" name="s"><option>Selecciona</option><option>LinkedIn</option><option>Indeed</option></select>' +
          '<label for="w">Wie hast du von uns erfahren?</label><select id="w" name="w"><option>StepStone</option><option>Messe</option></select>' +
          '<div><span>Lebenslauf*</span><span>PDF, max. 15 MB</span><span>Hochladen</span><input type="file"></div>',
      ),
    ).toEqual(['how_did_you_hear', 'how_did_you_hear', 'resume_file']);
  });
});

describe('start-ups’ own wordings', () => {
  it('pay today is not expected pay; a start-by date; where you are based', () => {
    expect(
      types(
        box('What is your base pay right now (USD)?', 'a') +
          box('Is there a date you would like to start by, or one you cannot start before?', 'b') +
          box('Where are you based?', 'c'),
      ),
    ).toEqual(['other', 'start_date', 'city']);
  });

  it('employment with no immigration restrictions, or a legal right to be employed, is authorization', () => {
    expect(
      types(
        yesNo('Can you join as an employee with no restrictions on your immigration status?', 'a') +
          yesNo('Do you have the legal right to be employed in Canada today?', 'b'),
      ),
    ).toEqual(['work_authorization', 'work_authorization']);
  });

  it('a portfolio essay is not the portfolio link; years doing the work is years of experience', () => {
    expect(
      types(
        '<label for="p">Pick one project from your portfolio and walk us through what you would change.</label><textarea id="p" name="p"></textarea>' +
          '<label for="y">Years shipping mobile apps professionally</label><select id="y" name="y"><option>Select one...</option><option>Under 2</option><option>2–5</option></select>',
      ),
    ).toEqual(['other', 'years_experience']);
  });

  it('the question before a currency picker is the amount box’s; an "If other" box follows its source question', () => {
    expect(
      types(
        '<div><div>What yearly salary are you after?</div><select name="pay_currency" aria-label="Currency"><option>GBP</option></select><input name="pay" type="number"></div>' +
          '<label for="h">How did you hear about us?</label><select id="h" name="h"><option>LinkedIn</option><option>Other</option></select>' +
          '<input name="h_other" placeholder="If other, where?">',
      ),
    ).toEqual(['other', 'salary_expectation', 'how_did_you_hear', 'how_did_you_hear']);
  });
});
