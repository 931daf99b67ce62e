import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from './classify-form.ts';

const typesOf = (html: string, url?: string) =>
  classifyForm(loadHtml(`<form>${html}</form>`).document, { url }).map((c) => c.classification);

describe('classifyField', () => {
  it('never reads attributes that only a test suite adds', () => {
    const [company, bare] = typesOf(`
      <label for="a">Company</label><input id="a" data-manual-scoring="emailAddress" data-autofill-type="email">
      <input id="b" data-manual-scoring="firstName" data-testid="first-name">`);
    expect(company!.type).toBe('current_company');
    expect(bare!.type).toBe('other');
  });

  it('trusts a standard autocomplete token over the label, and ignores custom tokens', () => {
    const [a, b] = typesOf(`
      <label for="a">Your details</label><input id="a" autocomplete="section-apply given-name">
      <label for="b">Salary you want</label><input id="b" autocomplete="custom-question-desired-salary">`);
    expect(a).toMatchObject({ type: 'first_name', source: 'autocomplete' });
    expect(b).toMatchObject({ type: 'salary_expectation', source: 'rules' });
  });

  it('reads standard tokens outside the taxonomy as "other", but lets the label decide on "username"', () => {
    const types = typesOf(`
      <label for="a">Address</label><input id="a" autocomplete="address-line2">
      <label for="b">Name</label><input id="b" autocomplete="cc-name">
      <label for="c">Email</label><input id="c" autocomplete="username">`);
    expect(types.map((t) => t.type)).toEqual(['other', 'other', 'email']);
  });

  it('lets an ATS adapter selector outrank the rules when the URL is that ATS', () => {
    const html = '<label>Handle <input name="urls[Other]"></label>';
    expect(typesOf(html, 'https://jobs.lever.co/acme/123/apply')[0]).toMatchObject({
      type: 'website_url',
      source: 'adapter',
    });
    expect(typesOf(html, 'https://lever.co.evil.example/apply')[0]!.source).not.toBe('adapter');
  });

  it('says "other" with a reason when two types are about equally likely', () => {
    const [c] = typesOf('<label for="a">Email or phone</label><input id="a">');
    expect(c!.type).toBe('other');
    expect(c!.reason).toMatch(/too weak: (email|phone)/);
  });

  it('keeps a question that merely mentions a contact word from being that field', () => {
    const [c] = typesOf(
      '<label for="a">Will you now or in the future require sponsorship to work in the country where this job is located?</label><select id="a"><option>Yes</option><option>No</option></select>',
    );
    expect(c!.type).toBe('sponsorship_required');
  });

  it('reads a yes/no dropdown as a yes/no question, whatever nouns it mentions', () => {
    const types = typesOf(`
      <label id="a">What country are you located in?</label><input role="combobox" aria-labelledby="a">
      <label id="b">Are you located in the country where this job is based?</label><input role="combobox" aria-labelledby="b">
      <label for="c">GitHub account</label><select id="c"><option>Yes</option><option>No</option></select>
      <label for="d">Are you Hispanic or Latino?</label><select id="d"><option>Yes</option><option>No</option><option>Decline to self-identify</option></select>`);
    expect(types.map((t) => t.type)).toEqual(['country', 'other', 'other', 'race']);
  });

  it('classifies a radio question by its options when the heading is boilerplate', () => {
    const [c] = typesOf(`<p>Please check one of the boxes below:</p>
      <label><input type="radio" name="x" value="1">I am a protected veteran</label>
      <label><input type="radio" name="x" value="2">I am not a protected veteran</label>`);
    expect(c!.type).toBe('veteran_status');
  });

  it('reads a country list select as a country field even without a telling label', () => {
    const names = [
      'Argentina',
      'Brazil',
      'Canada',
      'Denmark',
      'Egypt',
      'France',
      'Germany',
      'Hungary',
      'India',
      'Japan',
      'Kenya',
    ];
    const [c] = typesOf(
      `<label for="s">Where are you based?</label><select id="s">${names.map((n) => `<option>${n}</option>`).join('')}</select>`,
    );
    expect(c!.type).toBe('country');
  });

  it('reads a bare "Name" as the given name only when a surname field sits beside it', () => {
    const paired = typesOf(`
      <label for="a">Name</label><input id="a"><label for="b">Surname</label><input id="b">`);
    expect(paired.map((t) => t.type)).toEqual(['first_name', 'last_name']);
    const alone = typesOf(
      '<label for="a">Name</label><input id="a"><label for="b">Email</label><input id="b">',
    );
    expect(alone.map((t) => t.type)).toEqual(['full_name', 'email']);
  });

  it('reads a bare "Position" as the title held only right after the current employer', () => {
    const paired = typesOf(
      '<label for="a">Empresa actual</label><input id="a"><label for="b">Cargo</label><input id="b">',
    );
    expect(paired.map((t) => t.type)).toEqual(['current_company', 'current_title']);
    const alone = typesOf(
      '<label for="a">Email</label><input id="a"><label for="b">Position</label><input id="b">',
    );
    expect(alone.map((t) => t.type)).toEqual(['email', 'other']);
  });

  it('reads a bare "Title" right before the current employer as the title held there', () => {
    const row = typesOf(
      '<h4>Latest role</h4><input id="t" aria-label="Title" placeholder="Title"><label for="c">Company</label><input id="c">',
    );
    expect(row.map((t) => t.type)).toEqual(['current_title', 'current_company']);
  });

  it('reads a free-text "Job Function" right after the current employer as the title held there', () => {
    const row = typesOf(
      '<label for="e">Current employer</label><input id="e"><label for="f">Job Function</label><input id="f">',
    );
    expect(row.map((t) => t.type)).toEqual(['current_company', 'current_title']);
    const alone = typesOf('<label for="f">Job Function</label><input id="f">');
    expect(alone.map((t) => t.type)).toEqual(['other']);
  });

  it('gives a for-less label after its control to that control, not to the next one', () => {
    const types = typesOf(`
      <div><input name="a" placeholder=" "><label>Phone</label></div>
      <div><input name="b" placeholder=" "><label>Town / city</label></div>`);
    expect(types.map((t) => t.type)).toEqual(['phone', 'city']);
  });
});
