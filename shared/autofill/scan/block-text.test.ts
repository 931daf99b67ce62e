import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanForm } from './scan-form.ts';

/** The block signal of each scanned control, by its name. */
function blocks(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`);
  return Object.fromEntries(scanForm(document as never).map((f) => [f.signals.name, f.signals.block ?? []]));
}
const box = (name: string, caption: string) =>
  `<div><label for="${name}">${caption}</label><input id="${name}" name="${name}"></div>`;

describe('every box of a block reads its title and intro, not only the first', () => {
  it('a fieldset with a legend and help text in a <p>: the last box reads both', () => {
    const b = blocks(
      `<fieldset><legend>Next of kin</legend><p>We only call them if you are taken ill.</p>${box('n', 'Name')}${box('r', 'Relationship')}${box('p', 'Mobile')}</fieldset>`,
    );
    expect(b.p).toEqual([
      { from: 'fieldset', title: 'Next of kin', intro: 'We only call them if you are taken ill.' },
    ]);
  });

  it('nested fieldsets: a phone pair inside a contact block reads its own legend, then the block around it', () => {
    const b = blocks(
      `<fieldset><legend>Emergency contact</legend>${box('n', 'Name')}<fieldset><legend>Phone</legend><select name="cc"><option>+44</option></select><input name="num"></fieldset></fieldset>`,
    );
    expect(b.num?.map((l) => l.title)).toEqual(['Phone', 'Emergency contact']);
  });

  it('a div grid with role=group named by aria-labelledby', () => {
    const b = blocks(
      `<h2>Checks</h2><div role="group" aria-labelledby="t"><span id="t">Your spouse or partner</span><div class="grid">${box('a', 'Full name')}${box('b', 'Email')}</div></div>`,
    );
    expect(b.b).toEqual([{ from: 'group', title: 'Your spouse or partner', intro: '' }]);
  });

  it('a section whose help text sits in a <p> between its heading and its boxes', () => {
    const b = blocks(
      `<section><h3>Where you lived before</h3><p>Only if you moved in the last three years.</p>${box('s', 'Street')}${box('c', 'Town')}</section>`,
    );
    expect(b.c).toEqual([
      {
        from: 'section',
        title: 'Where you lived before',
        intro: 'Only if you moved in the last three years.',
      },
    ]);
  });

  it("the first box's own caption in its wrapper is the question's, not the block's intro", () => {
    const b = blocks(
      `<div class="card"><h4>Contact</h4><ul><li><div class="text">Do you have a relative employed here?</div><input name="q1"></li><li><div>Email</div><input name="q2"></li></ul></div>`,
    );
    expect(b.q2).toEqual([{ from: 'section', title: 'Contact', intro: '' }]);
  });
});

describe('what is not a block', () => {
  it('a fieldset holding one question is that question', () => {
    expect(blocks(`<fieldset><legend>Email</legend><input name="e"></fieldset>`).e).toEqual([]);
  });

  it('a container whose heading is one of several of its rank (cards in one list) is not titled by the first', () => {
    const b = blocks(
      `<div><h4>Work eligibility</h4>${box('a', 'Authorised?')}${box('b', 'Sponsorship?')}<h4>One last thing</h4>${box('c', 'Source')}</div>`,
    );
    expect(b.c).toEqual([]);
  });
});

describe('a list table: each row is an entry, its header and the column over the box', () => {
  const row = (head: string, n: number) =>
    `<tr>${head ? `<th>${head}</th>` : ''}<td><input name="s${n}"></td><td><input name="c${n}"></td></tr>`;

  it('a row header ("Previous (if less than 3 years)") and the column caption, with the row’s place', () => {
    const b = blocks(
      `<p>Addresses</p><table><tr><th></th><th>Street</th><th>City</th></tr>${row('Current', 1)}${row('Previous (if less than 3 years)', 2)}</table>`,
    );
    expect(b.c2?.[0]).toEqual({
      from: 'table-row',
      title: 'Previous (if less than 3 years)',
      intro: '',
      column: 'City',
      entry: 2,
    });
    expect(b.c2?.[1]).toEqual({ from: 'table', title: 'Addresses', intro: '' });
  });

  it('a second row with no header of its own is the second entry', () => {
    const b = blocks(
      `<table><caption>Employment history</caption><tr><th>Employer</th><th>Position</th></tr>${row('', 1)}${row('', 2)}</table>`,
    );
    expect(b.s2?.[0]).toMatchObject({ from: 'table-row', title: '', column: 'Employer', entry: 2 });
    expect(b.s2?.[1]).toMatchObject({ from: 'table', title: 'Employment history' });
  });
});

describe('a list table whose header row starts with an empty <td> corner', () => {
  it('is still a list: each row reads its header and the column over its box', () => {
    const b = blocks(
      `<p>Your last two employers</p><table><thead><tr><td></td><th scope="col">Company</th><th scope="col">Your position</th></tr></thead><tbody><tr><th scope="row">Current or most recent</th><td><input name="e1"></td><td><input name="p1"></td></tr><tr><th scope="row">The one before that</th><td><input name="e2"></td><td><input name="p2"></td></tr></tbody></table>`,
    );
    expect(b.p2).toEqual([
      { from: 'table-row', title: 'The one before that', intro: '', column: 'Your position' },
      { from: 'table', title: 'Your last two employers', intro: '' },
    ]);
  });
});

describe('rows of two kinds are not a list', () => {
  it('rows headed "Home" and "Mailing" have no place: the second is no later entry of the first', () => {
    const b = blocks(
      `<table><tr><th></th><th>Street</th><th>City</th></tr><tr><th>Home</th><td><input name="s1"></td><td><input name="c1"></td></tr><tr><th>Mailing</th><td><input name="s2"></td><td><input name="c2"></td></tr></table>`,
    );
    expect(b.c2?.[0]).toEqual({ from: 'table-row', title: 'Mailing', intro: '', column: 'City' });
  });
});

describe('repeated blocks', () => {
  it('"Address 1", "Address 2": each knows its place among them', () => {
    const fs = (n: number) =>
      `<fieldset><legend>Address ${n}</legend>${box(`st${n}`, 'Street')}${box(`ci${n}`, 'City')}</fieldset>`;
    const b = blocks(`${fs(1)}${fs(2)}`);
    expect(b.ci1?.[0]?.entry).toBe(1);
    expect(b.ci2?.[0]).toMatchObject({ title: 'Address 2', entry: 2 });
  });
});
