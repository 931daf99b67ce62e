import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { typesInForm } from '../classify/testing.ts';
import { helpAfter } from './help.ts';

const control = (html: string) =>
  parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document.querySelector('#x')!;

describe('helpAfter', () => {
  it('reads the help printed right after a control, not any neighbour', () => {
    expect(
      helpAfter(control('<input id="x"><div class="form-item__description">Format: DD/MM/YYYY</div>')),
    ).toBe('Format: DD/MM/YYYY');
    expect(helpAfter(control('<input id="x"><small>As on your passport</small>'))).toBe(
      'As on your passport',
    );
    expect(helpAfter(control('<input id="x"><div class="row">Next question</div>'))).toBe('');
  });

  it('a hidden box whose help says to leave it empty is a trap, whatever its label asks', () => {
    expect(
      typesInForm(
        '<div style="display:none"><label for="x">Indirizzo e-mail di lavoro</label><input id="x" name="x"><div class="description">Lascia vuoto questo campo.</div></div>' +
          '<div><label for="y">Work phone</label><input id="y" name="y" type="tel"><p class="help-block">Leave this field blank</p></div>',
      ),
    ).toEqual(['other', 'other']);
  });
});
