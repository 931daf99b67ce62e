import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { planFill } from '../plan/plan-fill.ts';
import { SAMPLE_PROFILE } from '../plan/sample-profile.ts';
import { classifyForm } from './classify-form.ts';

// Failure classes seen on real forms nobody here wrote (issue 14): each a wrong fill or a miss.
const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);

describe('a site named as an example is not the question', () => {
  it('"how did you come to learn about us" with "e.g. LinkedIn" in its hint', () => {
    expect(
      types(`<label for="q9">How did you come to learn about us?</label>
        <input id="q9" name="question_9" placeholder="e.g. LinkedIn, a friend, Indeed">`),
    ).toEqual(['how_did_you_hear']);
    expect(
      types(`<div class="field"><div class="label">How did you come to learn about us?</div>
        <div class="help">e.g. LinkedIn, a friend, a job board</div><input type="text" name="q_1001"></div>`),
    ).toEqual(['how_did_you_hear']);
  });

  it('"how did you find out?" about something else (a bug) is no question about the job ad', () => {
    expect(
      types(`<label for="a">What broke, and how did you find out?</label><textarea id="a"></textarea>
        <label for="b">How did you find out about this role?</label><input id="b">`),
    ).toEqual(['other', 'how_did_you_hear']);
  });

  it('still fills a LinkedIn box whose hint shows the address format', () => {
    expect(
      types(`<label for="li">LinkedIn</label><input id="li" placeholder="e.g. https://linkedin.com/in/you">`),
    ).toEqual(['linkedin_url']);
  });
});

describe('work rights questions', () => {
  it('"assistance with a visa" is sponsorship, not authorization', () => {
    for (const q of [
      'Will you require assistance, now or in the future, with a visa?',
      'Do you need visa assistance to work in the UK?',
      'Will you need our support in obtaining a work permit?',
    ])
      expect(
        types(`<fieldset><legend>${q}</legend><label><input type="radio" name="v">Yes</label>
          <label><input type="radio" name="v">No</label></fieldset>`),
        q,
      ).toEqual(['sponsorship_required']);
  });
});

describe('choices say what a question asks', () => {
  it('a radio group of countries is a country question, even under a vague label', () => {
    const radios = ['United States', 'Canada', 'United Kingdom', 'Germany', 'Other']
      .map((c) => `<label><input type="radio" name="loc">${c}</label>`)
      .join('');
    expect(types(`<fieldset><legend>Where are you located?</legend>${radios}</fieldset>`)).toEqual([
      'country',
    ]);
    expect(types(`<fieldset><legend>Country of citizenship</legend>${radios}</fieldset>`)).not.toEqual([
      'country',
    ]);
  });
});

describe('the confidence floor', () => {
  it('leaves a barely recognised field to the person, and says why', () => {
    const doc = parseHTML(`<!doctype html><html><body><form>
      <label for="x">Site</label><input id="x" name="x" required></form></body></html>`).document;
    const fields = classifyForm(doc as never);
    const forced = fields.map((f) => ({
      ...f,
      classification: { ...f.classification, type: 'website_url' as const, confidence: 0.3 },
    }));
    const plan = planFill(forced, SAMPLE_PROFILE, []);
    expect(plan.steps).toEqual([]);
    expect(plan.needsYou[0]?.reason).toMatch(/not sure it asks for website \(30% sure\)/);
  });
});

describe('questions seen in a second set of forms written blind (tests/fixtures/forms-dev2)', () => {
  const yesNo = (q: string) =>
    types(`<fieldset><legend>${q}</legend><label><input type="radio" name="q">Yes</label>
      <label><input type="radio" name="q">No</label></fieldset>`);

  it('an employer applying "on your behalf", or help with a visa in German, is sponsorship', () => {
    expect(yesNo('Would you need us to apply for a work permit on your behalf, now or later?')).toEqual([
      'sponsorship_required',
    ]);
    expect(
      yesNo('Will you now or in the future require assistance with a visa or work permit to stay employed?'),
    ).toEqual(['sponsorship_required']);
    expect(yesNo('Benötigen Sie Unterstützung bei der Beantragung eines Visums?')).toEqual([
      'sponsorship_required',
    ]);
    expect(yesNo('Do you currently hold a permit that lets you work in Sweden?')).toEqual([
      'work_authorization',
    ]);
  });

  it('examples in parentheses do not decide the type; a password is never a URL', () => {
    expect(
      types('<label for="s">Which status do you hold (e.g. F-1 OPT, H-1B, TN)?</label><input id="s">'),
    ).toEqual(['other']);
    expect(types('<label for="p">Portfolio password (if any)</label><input id="p">')).toEqual(['other']);
    expect(types('<label for="g">GitHub / GitLab</label><input id="g">')).toEqual(['github_url']);
  });

  it('a radio group of US states is a state question; a section legend is not the question', () => {
    expect(
      types(
        `<p>Which state do you currently live in?</p>${['Ohio', 'Indiana', 'Kentucky', 'Michigan']
          .map((s) => `<label><input type="radio" name="st" value="${s}">${s}</label>`)
          .join('')}`,
      ),
    ).toEqual(['state']);
    expect(
      types(`<fieldset><legend>Questionnaire</legend><p>How did you find out about this job?</p>
        <select name="q7"><option>- Select -</option><option>Indeed</option><option>Facebook</option></select></fieldset>`),
    ).toEqual(['how_did_you_hear']);
  });

  it('reads years, start and employer asked in other words', () => {
    expect(types('<p>Total years of clinical data management experience</p><input name="cf[1]">')).toEqual([
      'years_experience',
    ]);
    expect(types('<p>Date you could begin work</p><input name="cf[2]">')).toEqual(['start_date']);
    expect(types('<p>Where do you work now?</p><input name="f_4f26">')).toEqual(['current_company']);
    expect(
      types('<p>Resume *</p><label>Choose a PDF<input type="file" accept="application/pdf"></label>'),
    ).toEqual(['resume_file']);
  });
});

describe('forms in German, Spanish and Dutch (forms-dev3)', () => {
  it('a box that says to leave it empty is a bot trap in any language, whatever its name', () => {
    for (const [label, name] of [
      ['Bitte dieses Feld leer lassen', 'homepageUrl'],
      ['Deja este campo vacío', 'website'],
      ['Laat dit veld leeg', 'candidate[email_confirmation]'],
      ['Leave this field blank', 'email2'],
    ])
      expect(types(`<label for="h">${label}</label><input id="h" name="${name}">`)).toEqual(['other']);
  });

  it('examples introduced in Spanish or German do not make the box that site’s URL', () => {
    expect(
      types(`<div><p>¿Cómo nos has conocido?</p><p>Por ejemplo: InfoJobs, LinkedIn, Tecnoempleo, un amigo…</p>
        <input type="text" id="answer_1" name="answers[1]"></div>`),
    ).toEqual(['how_did_you_hear']);
    expect(
      types(`<label for="w">Möchten Sie uns noch etwas mitteilen?</label>
        <input id="w" name="q" placeholder="z. B. Link zu Ihrem GitHub-Profil oder Ihrem Blog">`),
    ).toEqual(['other']);
  });

  it('a project or repository to link is not the GitHub profile box', () => {
    expect(
      types(`<label for="p">Comparte un proyecto de análisis del que estés orgulloso (enlace a GitHub, Kaggle o similar)</label>
        <textarea id="p" name="answers[2]"></textarea>`),
    ).toEqual(['other']);
    expect(types(`<label for="g">GitHub</label><input id="g" name="github">`)).toEqual(['github_url']);
  });

  it('the employer applying for the visa is sponsorship; a residence permit to work is authorization', () => {
    const radios = (q: string) =>
      `<fieldset><legend>${q}</legend><label><input type="radio" name="v" value="ja">Ja</label><label><input type="radio" name="v" value="nee">Nee</label></fieldset>`;
    expect(
      types(radios('Moeten wij een visum voor je aanvragen via de kennismigrantenregeling (IND)?')),
    ).toEqual(['sponsorship_required']);
    expect(
      types(
        radios(
          'Heb je een geldige verblijfsvergunning waarmee je zonder tewerkstellingsvergunning in Nederland mag werken?',
        ),
      ),
    ).toEqual(['work_authorization']);
  });

  it('Dutch start date, years and motivation questions', () => {
    expect(types(`<label for="s">Per wanneer ben je beschikbaar?</label><input id="s" name="q1">`)).toEqual([
      'start_date',
    ]);
    expect(
      types(`<label for="m">Motivatie</label><textarea id="m" name="candidate[motivation]"></textarea>`),
    ).toEqual(['cover_letter_text']);
  });

  it('a file input known only by the widget text beside it ("No file chosen | Upload resume")', () => {
    expect(
      types(`<p id="rq">Resume *</p><div><button type="button" aria-describedby="rq">Upload resume</button>
        <span>No file chosen</span><input type="file" accept=".pdf,.docx"></div>`),
    ).toEqual(['resume_file']);
  });
});

describe('a years question about one topic', () => {
  it('is a years question, shown to the person with the suggestion instead of filled with all their years', () => {
    const form = parseHTML(
      `<!doctype html><html><body><form><label for="y">Years of experience with healthcare data (HL7, FHIR)</label>
        <input id="y" name="q" required></form></body></html>`,
    ).document;
    const fields = classifyForm(form as never);
    expect(fields.map((f) => f.classification.type)).toEqual(['years_experience']);
    const plan = planFill(fields, SAMPLE_PROFILE, []);
    expect(plan.steps).toEqual([]);
    expect(plan.needsYou).toHaveLength(1);
    expect(fields[0]?.classification.reason).toMatch(/names a topic/);
  });

  it('"years of professional experience" is still filled', () => {
    const form = parseHTML(
      `<!doctype html><html><body><form><label for="y">Years of professional experience</label><input id="y" name="q"></form></body></html>`,
    ).document;
    const plan = planFill(classifyForm(form as never), SAMPLE_PROFILE, []);
    expect(plan.steps.map((s) => s.fieldType)).toEqual(['years_experience']);
  });
});
