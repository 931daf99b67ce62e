import { describe, expect, it } from 'vitest';
import { classifyInForm } from '../classify/testing.ts';

const options = (items: string[]) => items.map((t) => `<li role="option">${t}</li>`).join('');

describe('a custom dropdown whose options sit in a list linked by id', () => {
  it('reads the hidden list named by aria-controls, so a "Location" list of countries is the country', () => {
    const fields = classifyInForm(
      '<span id="loc">Location</span><div role="combobox" tabindex="0" aria-labelledby="loc" aria-controls="loc-list">Pick one</div>' +
        `<div class="portal"><ul id="loc-list" role="listbox" hidden>${options(['Portugal', 'Spain', 'Ireland', 'Poland'])}</ul></div>`,
    );
    expect(fields.map((f) => [f.field.options.map((o) => o.text), f.classification.type])).toEqual([
      [['Portugal', 'Spain', 'Ireland', 'Poland'], 'country'],
    ]);
  });

  it('reads a list named by aria-owns on a wrapper, so year ranges type the experience question', () => {
    const fields = classifyInForm(
      '<span id="xp">Experience</span><div role="combobox" aria-labelledby="xp" aria-owns="xp-pop"></div>' +
        `<div id="xp-pop" style="display:none"><ul role="listbox">${options(['0-2 years', '3-5 years', '6-10 years', 'More than 10 years'])}</ul></div>`,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['years_experience']);
  });

  it('a dropdown whose list renders only when opened has no options yet', () => {
    const fields = classifyInForm(
      '<button type="button" aria-haspopup="listbox" aria-controls="later">Select</button>',
    );
    expect(fields.map((f) => f.field.options)).toEqual([[]]);
  });
});
