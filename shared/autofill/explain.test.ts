import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify/classify-form.ts';
import { answerFrom, recognisedBecause } from './explain.ts';

const form = (html: string) =>
  classifyForm(parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never);

describe('why a field is filled, in words', () => {
  it('says what the page says, never a pattern', () => {
    const fields = form(`
      <label for="c">Country of residence</label><input id="c" name="q1">
      <input name="e" autocomplete="email">
      <label for="s">Pick one</label>
      <select id="s" name="q7"><option>United States</option><option>Canada</option><option>Germany</option>
        <option>France</option><option>India</option><option>Spain</option><option>Italy</option>
        <option>Japan</option><option>Brazil</option><option>Mexico</option></select>`);
    const why = fields.map((f) => recognisedBecause(f.classification));
    expect(why[0]).toBe('The label says “Country of residence”');
    expect(why[1]).toBe('The page marks this field as email');
    expect(why[2]).toBe('Its choices are countries');
    for (const w of why) expect(w).not.toMatch(/[~\\/|]|\\b/);
  });

  it('says a dialling-code picker is not a question', () => {
    const [code] = form(
      `<label for="cc">Phone</label><select id="cc" name="cc"><option>India (+91)</option><option>Kenya (+254)</option><option>Spain (+34)</option></select>`,
    );
    expect(code && recognisedBecause(code.classification)).toBe('It shows a dialling code, not a question');
  });

  it('names where the value comes from', () => {
    expect(answerFrom('profile: first name')).toBe('your first name');
    expect(answerFrom('profile: your saved gender choice')).toBe('your saved gender choice');
    expect(answerFrom('your resume')).toBe('your resume');
    expect(answerFrom('saved answer to "Why us?" (92% alike)')).toBe(
      'your saved answer to "Why us?" (92% alike)',
    );
  });
});
