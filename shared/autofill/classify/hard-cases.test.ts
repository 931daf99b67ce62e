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
