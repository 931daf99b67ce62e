import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { typesInForm } from '../classify/testing.ts';
import { formatTitle, helpAfter } from './help.ts';

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

describe('formatTitle', () => {
  it('a title that is only a date format is the box hint, so the question printed before it names the box', () => {
    const row = (question: string, title: string, id: string) =>
      `<div class="row"><div class="cell"><span>${question}</span></div><div class="cell"><input type="text" id="${id}" name="${id}" title="${title}"></div></div>`;
    expect(
      typesInForm(
        row('When could you join us? (DD.MM.YYYY)', 'DD.MM.YYYY', 'c_101') +
          row('Notes', 'Your city', 'c_102'),
      ),
    ).toEqual(['start_date', 'city']);
  });

  it('reads the format from the title, and nothing from a title that names the box', () => {
    expect(formatTitle(control('<input id="x" title="mm/dd/yyyy">'))).toBe('mm/dd/yyyy');
    expect(formatTitle(control('<input id="x" title="Start date">'))).toBe('');
  });
});
