import { describe, expect, it } from 'vitest';
import { loadFixture, loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from '../plan/plan-fill.ts';
import { SAMPLE_PROFILE } from '../plan/sample-profile.ts';
import { executePlan } from './execute-plan.ts';
import { isChecked, selectedIndex } from './set-value.ts';
import { undoFill } from './undo.ts';

function setup(html: string) {
  const fixture = loadHtml(`<form id="f">${html}<button id="go">Apply</button></form>`);
  const fields = classifyForm(fixture.document);
  const submitted: string[] = [];
  fixture.document.getElementById('f')!.addEventListener('submit', () => submitted.push('submit'));
  return { ...fixture, fields, submitted };
}

const run = (s: ReturnType<typeof setup>, options = {}) =>
  executePlan(
    planFill(s.fields, SAMPLE_PROFILE, [], options),
    s.fields.map((f) => f.field),
    { stepDelayMs: 0, comboboxTimeoutMs: 100, ...options },
  );

describe('executePlan', () => {
  it('writes through the prototype setter so a React-style value tracker sees a change', async () => {
    const s = setup('<label for="n">First name</label><input id="n">');
    const input = s.document.getElementById('n') as HTMLInputElement;
    // React keeps an own `value` property per input and ignores events when it already holds the new value.
    let tracked = '';
    const proto =
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value') ??
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(input)), 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return proto.get!.call(this);
      },
      set(v: string) {
        tracked = v;
        proto.set!.call(this, v);
      },
    });
    const seen: string[] = [];
    s.document
      .getElementById('f')!
      .addEventListener('input', (e) =>
        seen.push(`input:${(e.target as HTMLInputElement).value}:${tracked}`),
      );
    s.document.getElementById('f')!.addEventListener('change', () => seen.push('change'));
    const report = await run(s);
    expect(input.value).toBe('Ada');
    expect(seen).toEqual(['input:Ada:', 'change']);
    expect(report.summary.text).toBe('1 filled, 0 need you');
  });

  it('selects options, ticks radios and checkboxes, and undo restores every previous value', async () => {
    const s = setup(`
      <label for="e">Email</label><input id="e" type="email">
      <label for="c">Country</label><select id="c"><option value="">--</option><option value="CA">Canada</option><option value="US">United States</option></select>
      <p>Do you require visa sponsorship?</p>
      <label><input type="radio" name="sp" value="y">Yes</label><label><input type="radio" name="sp" value="n" checked>No</label>
      <p>Are you authorized to work in the United States?</p>
      <label><input type="radio" name="wa" value="y">Yes</label><label><input type="radio" name="wa" value="n">No</label>`);
    const doc = s.document;
    const report = await run(s, { overwrite: true });
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('ada@example.com');
    expect((doc.getElementById('c') as HTMLSelectElement).value).toBe('US');
    const checked = (name: string) =>
      Array.from(doc.querySelectorAll(`input[name="${name}"]`)).map(isChecked);
    expect(checked('sp')).toEqual([false, true]);
    expect(checked('wa')).toEqual([true, false]);
    expect(report.results.every((r) => r.status === 'filled')).toBe(true);

    undoFill(report.undo);
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('');
    expect(selectedIndex(doc.getElementById('c')!)).toBe(-1);
    expect(checked('sp')).toEqual([false, true]);
    expect(checked('wa')).toEqual([false, false]);
  });

  it('answers an ARIA radio pair (buttons, no native input) from a saved answer', async () => {
    const s = setup(`<div id="ql">Are you open to relocating to San Francisco?</div>
      <div role="radiogroup" aria-labelledby="ql">
        <button type="button" role="radio" aria-checked="false" id="y">Yes</button>
        <button type="button" role="radio" aria-checked="false" id="n">No</button></div>`);
    for (const id of ['y', 'n']) {
      const b = s.document.getElementById(id)!;
      b.addEventListener('click', () => {
        for (const other of ['y', 'n'])
          s.document.getElementById(other)!.setAttribute('aria-checked', String(other === id));
      });
    }
    const saved = [
      {
        id: '1',
        question: 'Are you open to relocation?',
        answer: 'No',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const plan = planFill(s.fields, SAMPLE_PROFILE, saved);
    const report = await executePlan(
      plan,
      s.fields.map((f) => f.field),
      { stepDelayMs: 0 },
    );
    expect(report.results.map((r) => r.status)).toEqual(['filled']);
    expect(s.document.getElementById('n')!.getAttribute('aria-checked')).toBe('true');
    expect(s.submitted).toEqual([]);
  });

  it('types a cover letter into a rich-text box and undo empties it', async () => {
    const s = setup(
      '<div id="cl-label">Cover letter</div><div id="cl" role="textbox" contenteditable="true" aria-labelledby="cl-label"></div>',
    );
    expect(s.fields.map((f) => [f.field.kind, f.classification.type])).toEqual([
      ['textarea', 'cover_letter_text'],
    ]);
    const report = await run(s, { coverLetterText: 'Dear hiring team,' });
    expect(s.document.getElementById('cl')!.textContent).toBe('Dear hiring team,');
    undoFill(report.undo);
    expect(s.document.getElementById('cl')!.textContent).toBe('');
  });

  it('never submits the form', async () => {
    const s = setup('<label for="n">Full name</label><input id="n"><input type="submit" value="Send">');
    await run(s);
    expect(s.submitted).toEqual([]);
  });

  it('fills a field inside a closed shadow root through the injected hook', async () => {
    const fixture = loadFixture('shadow-form');
    const fields = classifyForm(fixture.document, { getShadowRoot: fixture.getShadowRoot });
    const plan = planFill(fields, SAMPLE_PROFILE, [], { coverLetterText: 'Dear team,' });
    await executePlan(
      plan,
      fields.map((f) => f.field),
      { stepDelayMs: 0 },
    );
    const closedRoot = fixture.getShadowRoot(fixture.document.getElementById('documents')!)!;
    expect((closedRoot.querySelector('#cl') as HTMLTextAreaElement).value).toBe('Dear team,');
    const phone = fixture.find({ shadow: ['#contact', '#phone-host'], selector: '#ph' }) as HTMLInputElement;
    expect(phone.value).toBe('+1 415 555 0100');
  });

  it('formats dates for the control and reports a value the page rejects', async () => {
    const s = setup(`<label for="d">Earliest start date</label><input id="d" placeholder="MM/DD/YYYY">
      <label for="p">Phone</label><input id="p" type="tel">`);
    const phone = s.document.getElementById('p') as HTMLInputElement;
    phone.addEventListener('input', () => {
      phone.value = '';
    });
    const report = await run(s);
    expect((s.document.getElementById('d') as HTMLInputElement).value).toBe('01/04/2027');
    expect(report.results.map((r) => r.status)).toEqual(['filled', 'failed']);
    expect(report.summary.text).toBe('1 filled, 0 need you, 1 did not stick');
  });
});
