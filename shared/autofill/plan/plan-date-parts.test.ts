import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from './plan-fill.ts';
import { SAMPLE_PROFILE } from './sample-profile.ts';

// A start date split over Month / Day / Year boxes, as Workday renders it; the person starts 2027-01-04.
const parts = (question: string, heading = '') => `${heading}
  <label id="q1"><p>${question}</p></label>
  <div role="group" aria-labelledby="q1">
    <input id="m" type="text" role="spinbutton" aria-label="Month" placeholder="MM">
    <input id="d" type="text" role="spinbutton" aria-label="Day" placeholder="DD">
    <input id="y" type="text" role="spinbutton" aria-label="Year" placeholder="YYYY">
  </div>`;

function plan(html: string) {
  const { document } = loadHtml(`<form>${html}</form>`);
  const fields = classifyForm(document);
  return { fields, plan: planFill(fields, SAMPLE_PROFILE, [], {}) };
}

describe('a start date in Month / Day / Year boxes', () => {
  it('types each box as the start date and writes only its part of the date', () => {
    const { fields, plan: p } = plan(parts('What date are you available to start?'));
    expect(fields.map((f) => f.classification.type)).toEqual(['start_date', 'start_date', 'start_date']);
    expect(p.steps.map((s) => [s.fieldRef, s.value])).toEqual([
      [fields[0]!.field.ref, '01'],
      [fields[1]!.field.ref, '04'],
      [fields[2]!.field.ref, '2027'],
    ]);
  });

  it("leaves a past job's start month and year alone", () => {
    const { fields, plan: p } = plan(parts('Start date', '<h3>Work Experience</h3>'));
    expect(fields.map((f) => f.classification.type)).not.toContain('start_date');
    expect(p.steps).toEqual([]);
  });
});
