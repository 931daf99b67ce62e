import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';

const typeOfRadios = (html: string) => {
  const { document } = loadHtml(`<form>${html}</form>`);
  const group = classifyForm(document).find((c) => c.field.kind === 'radio-group');
  return { type: group?.classification.type, label: group?.field.signals.label };
};

const typesOfRadios = (html: string) =>
  classifyForm(loadHtml(`<form>${html}</form>`).document)
    .filter((c) => c.field.kind === 'radio-group')
    .map((c) => c.classification.type);

describe("a choice group's question printed in its own row", () => {
  it('is its question under a section legend, not the section title, with help beside it', () => {
    const got = typeOfRadios(`<fieldset><legend>About this application</legend>
      <label for="n">Full name</label><input id="n">
      <div><span>Do you have the right to work in the UK? <span>*</span></span>
        <span>If you are offered the job, we will ask you to prove this.</span>
        <label><input type="radio" name="rtw" value="1"> Yes</label><label><input type="radio" name="rtw" value="0"> No</label></div>
      </fieldset>`);
    expect(got.label).toMatch(/^Do you have the right to work in the UK\?/);
    expect(got.type).toBe('work_authorization');
  });

  it('reads a caption <label> with no control before the choices the same way', () => {
    const got = typeOfRadios(`<fieldset><legend>About you</legend><input name="first" aria-label="First name">
      <div><label>Do you have the right to work in Australia? *</label>
        <label><input type="radio" name="rtw" value="yes"> Yes</label><label><input type="radio" name="rtw" value="no"> No</label></div>
      </fieldset>`);
    expect(got.type).toBe('work_authorization');
  });

  it('reads the question before a table that lays out the choices (ASP.NET RadioButtonList)', () => {
    const got = typesOfRadios(`<fieldset><legend>Eligibility to work in the UK</legend>
      <div><span>Are you currently eligible to work in the UK?</span>
        <table><tr><td><input id="w0" type="radio" name="w" value="Y"><label for="w0">Yes</label></td>
        <td><input id="w1" type="radio" name="w" value="N"><label for="w1">No</label></td></tr></table></div>
      <div><span>Would you require the University to sponsor you for a Skilled Worker visa in order to take up this post?</span>
        <table><tr><td><input id="s0" type="radio" name="s" value="Y"><label for="s0">Yes</label></td>
        <td><input id="s1" type="radio" name="s" value="N"><label for="s1">No</label></td></tr></table></div>
      </fieldset>`);
    expect(got).toEqual(['work_authorization', 'sponsorship_required']);
  });

  it('leaves a fieldset of the choices alone: its legend is their question', () => {
    const got = typeOfRadios(`<fieldset><legend>Will you require visa sponsorship?</legend>
      <div><span>Do you have the right to work in the UK?</span></div>
      <label><input type="radio" name="s" value="1"> Yes</label><label><input type="radio" name="s" value="0"> No</label>
      </fieldset>`);
    expect(got.label).toBe('Will you require visa sponsorship?');
  });
});
