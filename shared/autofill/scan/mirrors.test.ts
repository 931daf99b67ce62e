import { describe, expect, it } from 'vitest';
import { classifyInForm } from '../classify/testing.ts';

describe('a dropdown drawn over a named value input', () => {
  it('the hidden value input (MUI nativeInput) asks what its dropdown asks, and is not bait', () => {
    const fields = classifyInForm(
      '<span>Years of professional experience</span><div class="select">' +
        '<div role="combobox" id="yrs-btn" aria-labelledby="yrs-btn" aria-haspopup="listbox">Select one</div>' +
        '<input name="yearsBand" aria-hidden="true" tabindex="-1" style="opacity:0" value=""></div>',
    );
    expect(fields.map((f) => [f.classification.type, f.field.honeypot])).toEqual([
      ['years_experience', false],
      ['years_experience', false],
    ]);
  });
});

describe('a date picker box standing in for a hidden value input', () => {
  it('the id-less, name-less box after the labelled hidden input (flatpickr altInput) asks its label', () => {
    expect(
      classifyInForm(
        '<label for="avail">Earliest start date</label>' +
          '<input type="hidden" id="avail" name="avail" class="flatpickr-input"><input class="input" type="text" placeholder="dd.mm.yyyy" readonly>',
      ).map((f) => f.classification.type),
    ).toEqual(['start_date']);
  });
});
