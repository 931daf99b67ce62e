import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import type { Profile } from '../../domain/index.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from './plan-fill.ts';
import { SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS } from './sample-profile.ts';

const band = (value: string, text: string) =>
  `<label><input type="radio" name="pay_q" value="${value}"><span>${text}</span></label>`;
/** A radio group of pay bands written in thousands, as start-ups' form builders ask the expected salary. */
const PAY_BANDS =
  '<div><label id="pq">Which yearly salary band fits what you are hoping for?</label>' +
  '<div role="radiogroup" aria-labelledby="pq">' +
  band('a', '$120k – $140k') +
  band('b', '$140k – $160k') +
  band('c', '$160k – $175k') +
  band('d', 'More than $175k') +
  '</div></div>';

function salaryStep(profile: Profile) {
  const { document } = loadHtml(`<form>${PAY_BANDS}</form>`);
  const plan = planFill(classifyForm(document), profile, SAMPLE_SAVED_ANSWERS);
  return plan.steps.find((s) => s.fieldType === 'salary_expectation');
}

describe('a radio group of pay bands read as the expected salary', () => {
  it('picks the band that holds the amount the person expects', () => {
    const expects = (amount: number): Profile => ({
      ...SAMPLE_PROFILE,
      salaryExpectation: { currency: 'USD', min: amount, max: amount, period: 'YEAR' },
    });
    expect(salaryStep(expects(150000))?.value).toBe('$140k – $160k');
    expect(salaryStep(expects(168000))?.value).toBe('$160k – $175k');
    expect(salaryStep(expects(210000))?.value).toBe('More than $175k');
  });

  it('picks no band for a person with no expectation', () => {
    expect(salaryStep({ ...SAMPLE_PROFILE, salaryExpectation: null })).toBeUndefined();
  });
});
