import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../classify/classify-form.ts';

const types = (html: string) =>
  classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  ).map((f) => f.classification.type);

/** A profile row: a "Site" dropdown showing one kind, then the link box. */
const row = (shown: string, id: string) =>
  `<div class="row"><div><label for="${id}-k">Site</label><select id="${id}-k">` +
  ['GitHub', 'LinkedIn', 'Personal website', 'Other']
    .map((o) => `<option${o === shown ? ' selected' : ''}>${o}</option>`)
    .join('') +
  `</select></div><div><label for="${id}-u">Link</label><input type="url" id="${id}-u"></div></div>`;

describe('a link box whose kind the dropdown before it picks', () => {
  it('asks for the link of the kind shown', () => {
    expect(types(row('LinkedIn', 'a') + row('GitHub', 'b'))).toEqual([
      'other',
      'linkedin_url',
      'other',
      'github_url',
    ]);
  });

  it('"Other" shown names no kind: the box stays unknown', () => {
    expect(types(row('Other', 'c'))).toEqual(['other', 'other']);
  });
});
