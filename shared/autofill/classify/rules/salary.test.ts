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

describe('the rate asked for, called base or starting', () => {
  it('"Desired base hourly rate" printed above its box is the pay asked for; the current rate above it is not', () => {
    // forms-dev44 (iCIMS): captions are text blocks before each box, not labels
    expect(
      typesInForm(
        '<h2>Pay and Availability</h2><div>Current base hourly rate (before differentials)</div><input type="text" name="r1" placeholder="$">' +
          '<div>Desired base hourly rate</div><input type="text" name="r2" placeholder="$">',
      ),
    ).toEqual(['other', 'salary_expectation']);
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

describe('on-target earnings, pay bands to pick, and pay shown only as an example', () => {
  // a box under a question printed just before it (no <label>), as card-style forms write them
  const asked = (question: string, name: string, placeholder = '') =>
    `<div class="card"><div class="q">${question}</div><input name="${name}" placeholder="${placeholder}"></div>`;

  it('the OTE a seller asks for is the salary; the OTE they earn in their current job is not', () => {
    expect(
      typesInForm(
        asked('What on-target earnings would you want in the next job?', 'a') +
          asked('Which OTE do you have in mind for this position?', 'b') +
          asked('How much OTE did you make at your current or most recent company?', 'c') +
          asked('What total compensation did you have in your present job?', 'd'),
      ),
    ).toEqual(['salary_expectation', 'salary_expectation', 'other', 'other']);
  });

  it('pay named only in an example answer does not make the box the salary', () => {
    expect(typesInForm(asked('What did you earn last year in total?', 'e', 'e.g. $95k base salary'))).toEqual(
      ['other'],
    );
  });

  it('a radio group of base salary ranges under the pay question is the salary', () => {
    const bands = ['$90k – $110k', '$110k – $130k', 'Above $130k']
      .map((b) => `<label><input type="radio" name="band">${b}</label>`)
      .join('');
    expect(
      typesInForm(
        `<fieldset><legend>Which base salary band fits what you are hoping for?</legend>${bands}</fieldset>`,
      ),
    ).toEqual(['salary_expectation']);
  });
});

describe('the pay asked with two qualifiers', () => {
  it('"What yearly base pay would you need?" asks the expected salary', () => {
    expect(
      typesInForm(
        '<label for="p">What yearly base pay would you need to join us?</label><input id="p" name="q7">',
      ),
    ).toEqual(['salary_expectation']);
  });
});

describe('pay asked about the job the person holds now', () => {
  const asked = (question: string, name: string) => `<div><div>${question}</div><input name="${name}"></div>`;
  it('"if you currently teach…, what is your salary scale?" is current pay; what they would expect is asked pay', () => {
    expect(
      typesInForm(
        asked('If you currently teach in a state system, what is your salary scale and step?', 'a') +
          asked('If you currently work in retail, what salary would you expect here?', 'b'),
      ),
    ).toEqual(['other', 'salary_expectation']);
  });
});

describe('the rate the person is paid now', () => {
  const asked = (question: string, name: string) => `<div><div>${question}</div><input name="${name}"></div>`;
  it('"What hourly rate are you paid in your current or most recent job?" is current pay; the rate looked for is asked pay', () => {
    expect(
      typesInForm(
        asked('What hourly rate are you paid in your current or most recent teaching job (€)?', 'a') +
          asked('What hourly rate are you looking for in this role (€)?', 'b') +
          asked('What do you currently earn per year?', 'c'),
      ),
    ).toEqual(['other', 'salary_expectation', 'other']);
  });

  it('Singapore\'s "Last drawn monthly basic salary" is the pay the person had, not the pay asked', () => {
    expect(
      typesInForm(
        asked('Last drawn monthly basic salary (SGD)', 'lastDrawnSalary') +
          asked('Expected monthly salary (SGD)', 'expectedSalary'),
      ),
    ).toEqual(['other', 'salary_expectation']);
  });
});

describe('the point, band or salary the person is on', () => {
  const asked = (question: string, name: string) => `<div><div>${question}</div><input name="${name}"></div>`;
  it('"Which point of the salary scale are you on now?" is the pay they have, not the pay they ask', () => {
    // forms-dev45 (SmartRecruiters, Ireland, a teacher's incremental point)
    expect(
      typesInForm(
        asked("Which point of the teachers' common basic salary scale are you on now?", 'a') +
          asked('What salary are you on at the moment?', 'b') +
          asked("You're currently on which pay band?", 'c') +
          asked('What salary are you looking for?', 'd'),
      ),
    ).toEqual(['other', 'other', 'other', 'salary_expectation']);
  });
});

describe('the pay range looked for', () => {
  it('"Which annual pay range are you looking for?" over ranges is the pay asked', () => {
    // forms-dev45 (Workable, US)
    const select = (question: string, id: string) =>
      `<label for="${id}">${question}</label><select id="${id}"><option>Select...</option><option>$44,000 – $48,000</option><option>$48,000 – $52,000</option></select>`;
    expect(
      typesInForm(
        select('Which annual pay range are you looking for? *', 'a') +
          select('What hourly pay band would you accept?', 'b'),
      ),
    ).toEqual(['salary_expectation', 'salary_expectation']);
  });

  it('the pay "you are hoping for", the noun first, is the pay asked for; the pay you have is not', () => {
    // forms-dev46 (iCIMS): "Hourly pay you're hoping for in this role" beside "pay at your current or last job"
    const box = (label: string, n: number) =>
      `<label for="p${n}">${label}</label><input id="p${n}" name="q${n}">`;
    expect(
      typesInForm(
        box("Hourly pay you're hoping for in this role", 1) +
          box('Annual salary you are aiming for (gross)', 2) +
          box('Day rate you would be looking for', 3) +
          box('Hourly pay at your current or last job', 4),
      ),
    ).toEqual(['salary_expectation', 'salary_expectation', 'salary_expectation', 'other']);
  });
});

describe('the floor of the pay asked for', () => {
  it('"Min. acceptable hourly rate" and its kin are the pay asked for; the rate now is not', () => {
    // forms-dev47 (Jobvite): help beside it names the posted range
    expect(
      typesInForm(
        '<label for="a">Hourly rate now</label><input id="a">' +
          '<label for="b">Min. acceptable hourly rate</label><input id="b" aria-describedby="h"><p id="h">The posted range is $21–$24/hr.</p>' +
          '<label for="c">Lowest acceptable base salary</label><input id="c">' +
          '<label for="d">Minimum accepted pay</label><input id="d">',
      ),
    ).toEqual(['other', 'salary_expectation', 'salary_expectation', 'salary_expectation']);
  });
});

describe('the unit or currency asked beside the salary', () => {
  it('"Currency of the salary figures above" and "Desired salary per" are not the amount', () => {
    expect(
      typesInForm(
        '<label for="c">Currency of the salary figures above</label><input id="c" role="combobox">',
      ),
    ).toEqual(['other']);
    expect(typesInForm('<label for="u">Desired salary per</label><input id="u" role="combobox">')).toEqual([
      'other',
    ]);
  });
});
