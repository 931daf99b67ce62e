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

describe('a listbox button with its value input kept out of the Tab order', () => {
  it('the tabindex=-1 input after a Workday listbox button asks what the button asks, with no aria-hidden', () => {
    // forms-dev38: Workday's Voluntary Disclosures value inputs, rendered without aria-hidden
    const fields = classifyInForm(
      '<div><label for="pi--gender">Gender<abbr title="required">*</abbr></label><div>' +
        '<button type="button" id="pi--gender" aria-haspopup="listbox" aria-label="Gender Select One Required" value="">Select One</button>' +
        '<input type="text" class="wd-value-input" value="" tabindex="-1"></div></div>',
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['gender', 'gender']);
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

describe('the placeholder a custom select draws after its search input', () => {
  it('is the box prompt: a unit placeholder ("Years") puts the caption in that unit', () => {
    const select = (id: string, shown: string) =>
      `<div class="pick"><span class="pick-search"><input type="search" role="combobox" id="${id}" readonly></span><span class="pick-placeholder">${shown}</span></div>`;
    expect(
      classifyInForm(
        `<label>Overall experience</label>${select('yy', 'Years')}${select('mm', 'Months')}`,
      ).map((f) => [f.classification.type, f.field.signals.placeholder]),
    ).toEqual([
      ['years_experience', 'Years'],
      ['other', 'Months'],
    ]);
  });

  it('prompts its own select, not the unlabelled box after it', () => {
    expect(
      classifyInForm(
        '<label for="off">Preferred office</label><div class="pick"><span><input role="combobox" id="off"></span>' +
          '<span class="pick-placeholder">City</span></div><input type="text" name="q7">',
      ).map((f) => [f.classification.type, f.field.signals.nearby]),
    ).toEqual([
      ['other', 'Preferred office'],
      ['other', ''],
    ]);
  });
});
