import { describe, expect, it } from 'vitest';
import { typesInForm } from './testing.ts';

// Day / Month / Year boxes whose ids carry the block they sit in, as form builders generate them.
const dateBoxes = (block: string, question: string) => `
  <label id="${block}-q">${question}</label>
  <div role="group" aria-labelledby="${block}-q">
    <input id="${block}--signed-dateSectionMonth-input" aria-label="Month"><span aria-hidden="true">MM</span>
    <input id="${block}--signed-dateSectionDay-input" aria-label="Day"><span aria-hidden="true">DD</span>
    <input id="${block}--signed-dateSectionYear-input" aria-label="Year">
  </div>`;

describe('the boxes of a split date', () => {
  it('a date part takes no type from the block its id names', () => {
    expect(typesInForm(dateBoxes('veteranSelfId', 'Signed on'))).toEqual(['other', 'other', 'other']);
    expect(typesInForm(dateBoxes('genderIdentityForm', 'Date'))).toEqual(['other', 'other', 'other']);
  });

  it('the parts of the date the person can start are still the start date', () => {
    expect(typesInForm(dateBoxes('availability', 'When could you start?'))).toEqual([
      'start_date',
      'start_date',
      'start_date',
    ]);
  });

  it('Day / Month / Year boxes typed tel under a compound label are still the parts of the start date', () => {
    const part = (p: string) =>
      `<input type="tel" id="${p}" name="q7_avail[${p}]" aria-labelledby="q7 s-${p}"><label id="s-${p}" for="${p}">${p}</label>`;
    expect(
      typesInForm(
        `<label id="q7">Earliest you could begin with the crew</label>${part('Day')}${part('Month')}${part('Year')}`,
      ),
    ).toEqual(['start_date', 'start_date', 'start_date']);
  });

  it('date selects under a section legend take their question from aria-describedby', () => {
    const parts = (q: string, id: string) =>
      `<p id="${id}">${q}</p>` +
      ['Month', 'Day', 'Year']
        .map(
          (p) =>
            `<select id="${id}_${p}" title="${p}" aria-describedby="${id}"><option>${p}</option><option>1</option></select>`,
        )
        .join('');
    const section = (body: string) => `<fieldset><legend>Additional questions</legend>${body}</fieldset>`;
    expect(typesInForm(section(parts('Date you could begin working with us', 'q1')))).toEqual([
      'start_date',
      'start_date',
      'start_date',
    ]);
    expect(typesInForm(section(parts('Date of your last safety training', 'q2')))).toEqual([
      'other',
      'other',
      'other',
    ]);
  });

  it('selects titled only by the text before the row are each a part of the start date, and a birth date stays other', () => {
    const row = (question: string, n: string) =>
      `<div><p>${question}</p><div>` +
      `<select name="a[${n}][month]" aria-label="Month"><option value="">Month</option><option>March</option></select>` +
      `<select name="a[${n}][day]" aria-label="Day"><option value="">Day</option><option>14</option></select>` +
      `<select name="a[${n}][year]" aria-label="Year"><option value="">Year</option><option>2031</option></select>` +
      '</div></div>';
    expect(typesInForm(row('Earliest date you could start', '1') + row('Your date of birth', '2'))).toEqual([
      'start_date',
      'start_date',
      'start_date',
      'other',
      'other',
      'other',
    ]);
  });
});
