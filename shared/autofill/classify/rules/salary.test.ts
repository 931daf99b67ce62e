import { describe, expect, it } from 'vitest';
import { typesInForm } from '../testing.ts';

// An amount and its currency in one group titled by the pay question.
const payGroup = (currency: string) =>
  '<div id="pay-q">Which yearly salary would you expect?</div>' +
  `<div role="group" aria-labelledby="pay-q">${currency}<input type="number" name="pay_amount" aria-label="Amount"></div>`;

describe('the currency beside a salary amount', () => {
  it('a select captioned "Currency" is the unit, the number box is the salary', () => {
    const select =
      '<select name="pay_unit" aria-label="Currency"><option>SEK kr</option><option>NOK kr</option><option>DKK</option></select>';
    expect(typesInForm(payGroup(select))).toEqual(['other', 'salary_expectation']);
  });

  it('an uncaptioned list of currency codes is the unit too', () => {
    const select =
      '<select name="pay_unit"><option>AUD $</option><option>NZD $</option><option>SGD</option></select>';
    expect(typesInForm(payGroup(select))).toEqual(['other', 'salary_expectation']);
  });

  it('a list of salary bands under the pay question is still the salary', () => {
    const bands =
      '<label for="b">Expected salary</label><select id="b" name="band"><option>EUR 40-50k</option><option>EUR 50-60k</option></select>';
    expect(typesInForm(bands)).toEqual(['salary_expectation']);
  });
});

describe('the period beside a pay amount', () => {
  it('"Pay Frequency" beside the desired pay is the unit, whatever its name says', () => {
    expect(
      typesInForm(
        '<label for="rate">Desired hourly rate</label><input id="rate" name="wish.desiredRate">' +
          '<label for="per">Pay Frequency</label><select id="per" name="wish.desiredPayFrequency"><option>Weekly</option><option>Monthly</option></select>' +
          '<label for="sp">Salary period</label><select id="sp" name="sp"><option>Per month</option><option>Per year</option></select>',
      ),
    ).toEqual(['salary_expectation', 'other', 'other']);
  });
});

describe('current and expected pay asked as a pair under one legend', () => {
  it('the box captioned only "Current" is what the person earns now; "Expected" is the pay asked for', () => {
    expect(
      typesInForm(
        '<fieldset><legend>Salary (EUR thousands per year)</legend>' +
          '<input id="now" name="pay_a"><label for="now">Current</label>' +
          '<input id="next" name="pay_b"><label for="next">Expected</label></fieldset>',
      ),
    ).toEqual(['other', 'salary_expectation']);
  });
});
