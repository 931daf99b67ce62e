import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { typesInForm } from '../classify/testing.ts';
import { wrapperName } from './wrapper-name.ts';

const control = (html: string) =>
  parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document.querySelector('#x')!;

describe('wrapperName', () => {
  it('a chip named by aria-labelledby names the one upload inside it, past its Change / Delete buttons', () => {
    const chip = (title: string, id: string, file: string) =>
      `<p id="${id}">${title}</p><div class="chip" aria-labelledby="${id}"><span>${file}</span>` +
      '<span class="swap">Change<input type="file"></span><button type="button">Delete</button></div>';
    expect(
      typesInForm(
        chip('Curriculum vitae', 't1', 'a_okafor_2026.pdf') + chip('Covering letter', 't2', 'letter.pdf'),
      ),
    ).toEqual(['resume_file', 'cover_letter_file']);
  });

  it('a named wrapper holding several boxes names none of them', () => {
    expect(
      wrapperName(control('<div aria-label="Home address"><input id="x" name="a1"><input name="a2"></div>')),
    ).toBe('');
    expect(
      wrapperName(
        control('<div aria-label="Portfolio link"><input id="x" name="p"><input type="hidden"></div>'),
      ),
    ).toBe('Portfolio link');
  });
});
