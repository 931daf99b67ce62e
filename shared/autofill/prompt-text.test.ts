import { describe, expect, it } from 'vitest';
import { typesInForm } from './classify/testing.ts';
import { isChoicePrompt } from './prompt-text.ts';

describe('a choice that only prompts', () => {
  it('"— Make a selection —" and "– choose –" between dashes of any length prompt; an answer does not', () => {
    expect(isChoicePrompt('— Make a selection —')).toBe(true);
    expect(isChoicePrompt('Make a choice')).toBe(true);
    expect(isChoicePrompt('– choose –')).toBe(true);
    expect(isChoicePrompt('More than 5 years')).toBe(false);
  });

  it('a prompt first in a list of year bands leaves the list an experience question', () => {
    const options = [
      '— Make a selection —',
      'Less than 6 months',
      '1 – 3 years',
      '3 – 6 years',
      'Over 6 years',
    ];
    expect(
      typesInForm(
        `<label for="x">Hands-on forklift experience</label><select id="x" name="x">${options
          .map((o) => `<option>${o}</option>`)
          .join('')}</select>`,
      ),
    ).toEqual(['years_experience']);
  });
});
