import { describe, expect, it } from 'vitest';
import { classifyInForm } from '../classify/testing.ts';

// forms-dev36 (Workday): a previous-employment sub-section with its own heading, then the address boxes.
const page =
  '<h2>My Information</h2>' +
  '<div class="sub"><h3>Previous Employment with Finch</h3>' +
  '<label for="a">Former Employee ID</label><input id="a" name="prevId"></div>' +
  '<label for="c">Country</label><input id="c" name="country">' +
  '<div class="bar"><h3>Address</h3></div><label for="s">City</label><input id="s" name="city">';

describe('the heading a control sits under', () => {
  it("a heading inside a block of boxes titles that block only; a title bar's heading titles what follows", () => {
    expect(classifyInForm(page).map((f) => [f.field.signals.heading, f.classification.type])).toEqual([
      ['Previous Employment with Finch', 'other'],
      ['My Information', 'country'],
      ['Address', 'city'],
    ]);
  });
});
