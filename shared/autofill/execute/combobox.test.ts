import { describe, expect, it } from 'vitest';
import { loadFixture, loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from '../plan/plan-fill.ts';
import { SAMPLE_PROFILE } from '../plan/sample-profile.ts';
import { fillCombobox } from './combobox.ts';
import { submitsForm } from './events.ts';
import { executePlan } from './execute-plan.ts';
import { undoFill } from './undo.ts';

/** A react-select-like widget: the menu renders beside the input on mousedown, filtered by typing. */
function reactSelect(doc: Document, input: Element, choices: string[], chosen: string[]) {
  const render = (filter = '') => {
    doc.getElementById(`${input.id}-menu`)?.remove();
    const menu = doc.createElement('div');
    menu.id = `${input.id}-menu`;
    // like a virtualised menu, only the first ten matches are in the DOM
    for (const text of choices.filter((c) => c.toLowerCase().includes(filter.toLowerCase())).slice(0, 10)) {
      const option = doc.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = text;
      option.addEventListener('click', () => {
        chosen.push(text);
        menu.remove();
      });
      menu.append(option);
    }
    input.parentElement!.after(menu);
  };
  input.addEventListener('mousedown', () => render());
  input.addEventListener('input', () => render((input as HTMLInputElement).value));
}

/** What the Workday-like fixture's own script does, for linkedom (which runs no scripts). */
function workdayWidgets(doc: Document, choices: Record<string, string[]>) {
  for (const [id, options] of Object.entries(choices)) {
    const button = doc.getElementById(id)!;
    button.addEventListener('click', () => {
      const list = doc.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.id = `${id}-listbox`;
      for (const text of options) {
        const li = doc.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = text;
        li.addEventListener('click', () => {
          button.textContent = text;
          list.remove();
        });
        list.append(li);
      }
      doc.body.append(list);
      button.setAttribute('aria-controls', list.id);
    });
  }
}

describe('fillCombobox', () => {
  it('opens a react-select, types to filter a long list and clicks the best option', async () => {
    const { document } = loadHtml(
      '<label id="l" for="c">Country</label><div class="c"><div><input id="c" role="combobox" aria-labelledby="l"></div></div>',
    );
    const chosen: string[] = [];
    const many = Array.from({ length: 30 }, (_, i) => `Country ${i}`);
    reactSelect(document, document.getElementById('c')!, [...many, 'United States'], chosen);
    const input = document.getElementById('c')!;
    const r = await fillCombobox(
      input,
      { kind: 'country', code: 'US', text: 'United States' },
      { timeoutMs: 200, pollMs: 5 },
    );
    expect(r.ok).toBe(true);
    expect(chosen).toEqual(['United States']);
  });

  it('answers a yes/no react-select by option wording', async () => {
    const { document } = loadHtml('<div><div><input id="q" role="combobox"></div></div>');
    const chosen: string[] = [];
    reactSelect(
      document,
      document.getElementById('q')!,
      ['Yes, I will require sponsorship', 'No, I will not require sponsorship'],
      chosen,
    );
    const r = await fillCombobox(
      document.getElementById('q')!,
      { kind: 'yes-no', yes: false },
      { timeoutMs: 200, pollMs: 5 },
    );
    expect(r).toMatchObject({ ok: true, chosen: 'No, I will not require sponsorship' });
  });

  it('reports failure when no option fits instead of picking one', async () => {
    const { document } = loadHtml('<div><div><input id="q" role="combobox"></div></div>');
    const chosen: string[] = [];
    reactSelect(document, document.getElementById('q')!, ['Red', 'Green'], chosen);
    const r = await fillCombobox(
      document.getElementById('q')!,
      { kind: 'choice', text: 'Blue' },
      { timeoutMs: 50, pollMs: 5 },
    );
    expect(r.ok).toBe(false);
    expect(chosen).toEqual([]);
  });

  it('fills the Workday-like dropdown buttons from the plan, including yes/no questions on the hidden step', async () => {
    const fixture = loadFixture('workday-like');
    const doc = fixture.document;
    workdayWidgets(doc, {
      'country--country': ['Canada', 'United States of America'],
      'address--countryRegion': ['California', 'Texas'],
      'q-sponsorship': ['Yes', 'No'],
    });
    // the user pressed "Save and Continue": step 2 shows, step 1 hides; the content script re-scans
    doc.getElementById('step-1')!.setAttribute('hidden', '');
    doc.getElementById('step-2')!.removeAttribute('hidden');
    const fields = classifyForm(doc);
    const plan = planFill(fields, SAMPLE_PROFILE, [], {});
    expect(plan.steps.map((s) => s.fieldType)).toEqual(
      expect.arrayContaining([
        'work_authorization',
        'sponsorship_required',
        'start_date',
        'gender',
        'veteran_status',
      ]),
    );
    expect(plan.steps.some((s) => s.fieldType === 'first_name')).toBe(false);
    doc.getElementById('step-1')!.removeAttribute('hidden');
    const all = classifyForm(doc);
    const report = await executePlan(
      planFill(all, SAMPLE_PROFILE, [], {}),
      all.map((f) => f.field),
      {
        stepDelayMs: 0,
        comboboxTimeoutMs: 30,
      },
    );
    expect(doc.getElementById('country--country')!.textContent).toBe('United States of America');
    expect(doc.getElementById('address--countryRegion')!.textContent).toBe('California');
    expect(doc.getElementById('q-sponsorship')!.textContent).toBe('No');
    expect((doc.getElementById('q-start') as HTMLInputElement).value).toBe('2027-01-04');
    // dropdowns without a scripted listbox fail visibly instead of guessing
    const gender = report.results.find(
      (r) => r.fieldRef === all.find((f) => f.field.signals.id === 'personalInfoUS--gender')!.field.ref,
    );
    expect(gender?.status).toBe('failed');
  });

  it('writes a dropdown through the button a person uses, never its hidden value twin, and undo leaves the twin to the page', async () => {
    const { document } = loadHtml(
      '<form><label for="cc" id="cc-l">Country</label><div><button type="button" id="cc" aria-haspopup="listbox" aria-labelledby="cc-l cc">Select One</button>' +
        '<input id="twin" type="text" aria-hidden="true" tabindex="-1" value=""></div></form>',
    );
    // the twin has no id in the wild; here it has one only so the test can read it
    document.getElementById('twin')!.removeAttribute('id');
    const twin = document.querySelector('input[aria-hidden="true"]') as HTMLInputElement;
    workdayWidgets(document, { cc: ['Canada', 'United States of America'] });
    const fields = classifyForm(document);
    expect(fields.map((f) => [f.classification.type, f.field.elements.length])).toEqual([['country', 2]]);
    const report = await executePlan(
      planFill(fields, SAMPLE_PROFILE, [], {}),
      fields.map((f) => f.field),
      {
        stepDelayMs: 0,
        comboboxTimeoutMs: 30,
      },
    );
    expect(document.getElementById('cc')!.textContent).toBe('United States of America');
    expect(twin.value).toBe('');
    undoFill(report.undo);
    expect(twin.value).toBe('');
  });

  it('never presses a button that would submit its form', () => {
    const { document } = loadHtml(
      '<form><button id="a">Next</button><button id="b" type="button">Open</button><input id="c" type="submit"></form>',
    );
    expect(submitsForm(document.getElementById('a')!)).toBe(true);
    expect(submitsForm(document.getElementById('b')!)).toBe(false);
    expect(submitsForm(document.getElementById('c')!)).toBe(true);
  });
});
