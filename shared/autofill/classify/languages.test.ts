import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// Portuguese, Italian and French application forms, and layouts where the question is not a <label>.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);
const yesNo = (q: string, name: string) =>
  `<fieldset><legend>${q}</legend><label><input type="radio" name="${name}">Sim</label><label><input type="radio" name="${name}">Não</label></fieldset>`;
const box = (label: string, id: string) =>
  `<label for="${id}">${label}</label><input id="${id}" type="text">`;

describe('forms in Portuguese and Italian', () => {
  it('reads names, address and place', () => {
    expect(
      types(
        box('Nome próprio', 'a') +
          box('Apelido', 'b') +
          box('Morada', 'c') +
          box('Localidade', 'd') +
          box('CAP', 'e') +
          box('Nazione di residenza', 'f'),
      ),
    ).toEqual(['first_name', 'last_name', 'address_line1', 'city', 'postal_code', 'country']);
  });

  it('tells a residence permit from the employer applying for a visa', () => {
    expect(
      types(
        yesNo('Tens autorização de residência em Portugal que te permita trabalhar cá?', 'p') +
          yesNo('Vais precisar que a empresa trate do teu visto?', 'q') +
          yesNo("Sarà necessario che l'azienda richieda per te il nulla osta al lavoro?", 'r'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'sponsorship_required']);
  });

  it('asks what the person wants, not what they earn now', () => {
    expect(types(box('RAL desiderata (€)', 'a') + box('Rémunération actuelle (brut annuel)', 'b'))).toEqual([
      'salary_expectation',
      'other',
    ]);
  });

  it('a referrer’s name, a second phone and an address number are not the candidate’s', () => {
    expect(
      types(
        box('Quem te indicou? (nome completo do colaborador)', 'a') +
          box('Telefone alternativo', 'b') +
          `<label for="n">Número</label><input id="n" name="address.number">`,
      ),
    ).toEqual(['other', 'other', 'other']);
  });
});

describe('questions that are not labels', () => {
  it('a file input behind "Sfoglia…" takes its question from the text before it', () => {
    expect(
      types(
        `<p>Curriculum vitae (PDF, max 3 MB)</p><label><span>Sfoglia…</span><input type="file" accept=".pdf"></label>`,
      ),
    ).toEqual(['resume_file']);
  });

  it('a title followed by its help sentence: the title is the question', () => {
    expect(
      types(
        `<div>What base salary are you targeting for this role?</div><div>The posted range is $168k–$205k.</div><input name="a19c5e7b">`,
      ),
    ).toEqual(['salary_expectation']);
  });

  it('a select whose first option prompts ("Distrito…") is asking for that', () => {
    expect(
      types(
        `<select name="field-3"><option>Distrito…</option><option>Braga</option><option>Porto</option></select>`,
      ),
    ).toEqual(['state']);
  });

  it('a long question that mentions LinkedIn is not the LinkedIn box', () => {
    expect(
      types(
        box(
          'Conte sobre a maior negociação que você conduziu: cliente, ticket e como fechou. Pode citar um post seu no LinkedIn.',
          'x',
        ),
      ),
    ).toEqual(['other']);
  });
});

describe('mainstream ATS layouts', () => {
  it('a question after a history block is not part of it; the first history entry is the current job', () => {
    expect(
      types(`<h3>Education</h3>${box('School', 's')}
        <label for="q">Which U.S. state will you be working from?</label><input id="q" name="question_1">
        <h3>Work History</h3><input name="WorkExperience[0].Company"><input name="WorkExperience[0].Title">`),
    ).toEqual(['other', 'state', 'current_company', 'current_title']);
  });

  it('reads permission to work, a visa petition, and salary expectations beside the posted range', () => {
    expect(
      types(
        yesNo('Do you currently have permission to work in the UK?', 'a') +
          yesNo(
            'Does your ability to work in the US depend on an employer filing a visa petition for you?',
            'b',
          ) +
          box(
            'What are your base salary expectations? The hiring range for this role is $98,500 to $131,000.',
            'c',
          ),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'salary_expectation']);
  });

  it('a short list of countries under "Select your location" is the country', () => {
    expect(
      types(
        `<p>Select your location</p><select name="loc"><option>Select...</option><option>United Kingdom</option><option>Ireland</option><option>United States</option></select>`,
      ),
    ).toEqual(['country']);
  });

  it('a hidden box named as a trap is left alone whatever its label', () => {
    expect(
      types(
        `<div aria-hidden="true"><label for="m">Mobile phone</label><input id="m" name="MobilePhone_hp" tabindex="-1"></div>`,
      ),
    ).toEqual(['other']);
  });

  it('a hidden box taken out of the tab order is bait, while a visible one with the same label is asked', () => {
    expect(
      types(
        `<div aria-hidden="true"><label for="z">Zip code</label><input id="z" name="zip_code" tabindex="-1" autocomplete="off"></div>` +
          box('Zip code', 'zz'),
      ),
    ).toEqual(['other', 'postal_code']);
  });
});

describe('more countries’ wording', () => {
  it('German residence titles vs the employer starting a visa procedure; Schwerbehinderung', () => {
    expect(
      types(
        yesNo(
          'Besitzen Sie einen Aufenthaltstitel, der Ihnen eine Beschäftigung in Deutschland erlaubt?',
          'a',
        ) +
          yesNo('Wären Sie darauf angewiesen, dass wir für Sie ein Visumverfahren einleiten?', 'b') +
          yesNo('Sind Sie schwerbehindert oder gleichgestellt?', 'c'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'disability_status']);
  });

  it('"unrestricted rights to work", the Home Office on your behalf, Defence Force service', () => {
    expect(
      types(
        yesNo('Do you have unrestricted rights to work in Australia?', 'a') +
          yesNo('Would you need us to apply to the Home Office on your behalf for permission to work?', 'b') +
          yesNo('Have you served in the Australian Defence Force?', 'c'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'veteran_status']);
  });

  it('a past job’s start date is not when the person can start', () => {
    expect(types(`<label for="s">Start date</label><input id="s" name="experience.0.start_date">`)).toEqual([
      'other',
    ]);
  });
});
