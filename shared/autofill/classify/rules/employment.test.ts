import { describe, expect, it } from 'vitest';
import { DOUBTFUL } from '../classify.ts';
import { classifyInForm, radios, typesInForm as types } from '../testing.ts';

describe('pay, start and self-identification as hourly and Canadian forms word them', () => {
  it('"Desired wage" and "Requested hourly wage" are the pay asked for', () => {
    expect(
      types(
        '<p>Requested hourly wage</p><input name="w1">' +
          '<label for="w2">Desired Wage</label><input id="w2" name="w2">',
      ),
    ).toEqual(['salary_expectation', 'salary_expectation']);
  });

  it('a start question answered by quick-reply radios is the start date', () => {
    expect(
      types(radios('How soon could you start?', 's', ['Tomorrow', 'Next week', 'Choose a day'])),
    ).toEqual(['start_date']);
  });

  it('a visible-minority question is the race question, in English or French', () => {
    expect(
      types(
        radios('Are you a member of a visible minority in Canada?', 'v1', ['Yes', 'No']) +
          radios('Faites-vous partie d’une minorité visible ?', 'v2', ['Oui', 'Non']),
      ),
    ).toEqual(['race', 'race']);
  });

  it('"Who are you working for?" asks for the current employer', () => {
    expect(
      types('<label for="e">Who are you working for these days?</label><input id="e" name="e1">'),
    ).toEqual(['current_company']);
  });
});

describe('the current job and the start, as Spanish and French forms word them', () => {
  it('"Empresa actual o última empresa" asks for the current employer', () => {
    expect(
      types('<label for="ea">Empresa actual o última empresa</label><input id="ea" name="f_01">'),
    ).toEqual(['current_company']);
  });

  it('"À partir de quand …" and "Quand pourriez-vous nous rejoindre ?" ask for the start date', () => {
    expect(
      types(
        '<label for="d1">À partir de quand seriez-vous libre ?</label><input type="date" id="d1" name="q1">' +
          '<label for="d2">Quand pouvez-vous nous rejoindre ?</label><input id="d2" name="q2">' +
          '<label for="d3">Pourquoi voulez-vous nous rejoindre ?</label><input id="d3" name="q3">',
      ),
    ).toEqual(['start_date', 'start_date', 'other']);
  });

  it('an experience question answered in spans of años is years of experience', () => {
    expect(
      types(
        '<label for="y">Experiencia en atención a clientes corporativos</label><select id="y" name="y">' +
          '<option>Elige</option><option>Menos de 1 año</option><option>2 a 4 años</option><option>Más de 4 años</option></select>',
      ),
    ).toEqual(['years_experience']);
  });
});

describe('the last employer and the availability date, in Spanish and French', () => {
  const box = (label: string, id: string) =>
    `<label for="${id}">${label}</label><input id="${id}" name="${id}x">`;
  it('"Último empleador", "Dernier employeur", "Empresa en la que trabajas" ask for the current employer', () => {
    expect(
      types(
        box('Último empleador', 'a') +
          box('Dernier employeur', 'b') +
          box('Empresa en la que trabajas hoy', 'c'),
      ),
    ).toEqual(['current_company', 'current_company', 'current_company']);
  });

  it('"Fecha de disponibilidad" is the start date; availability to travel is not', () => {
    expect(
      types(
        box('Fecha de disponibilidad', 'd') +
          radios('¿Tienes disponibilidad para viajar dentro del país?', 'v', ['Sí', 'No']),
      ),
    ).toEqual(['start_date', 'other']);
  });

  it("a job's own start date ('Most Recent Employer – Start Date') is not the day the person can start", () => {
    expect(types(box('Most Recent Employer – Start Date', 'm') + box('Available start date', 'a'))).toEqual([
      'other',
      'start_date',
    ]);
  });
});

describe('a years question answered in a text area', () => {
  it('"How many years of … experience do you have?" in a textarea is still years; an essay is not', () => {
    expect(
      types(
        '<label for="y">How many years of hands-on experience do you have calibrating lab balances?</label><textarea id="y"></textarea>' +
          '<label for="e">Tell us about the toughest audit you have faced.</label><textarea id="e"></textarea>',
      ),
    ).toEqual(['years_experience', 'other']);
  });
});

describe('the current employer asked in Dutch', () => {
  it('"Bij welk bedrijf werk je momenteel?" and "Huidige werkgever" are the current company; a past one is not', () => {
    expect(
      types(
        '<label for="a">Bij welk bedrijf werk je momenteel?</label><input id="a" name="a">' +
          '<label for="b">Huidige werkgever</label><input id="b" name="b">' +
          '<label for="c">Bij welk bedrijf ben je eerder werkzaam geweest?</label><input id="c" name="c">',
      ),
    ).toEqual(['current_company', 'current_company', 'other']);
  });

  it('a question that asks whether the person has ever worked somewhere is not the current company', () => {
    expect(
      types('<label for="e">Have you ever worked for our company before?</label><input id="e" name="e">'),
    ).toEqual(['other']);
  });
});

describe('years of experience asked with the unit in brackets', () => {
  it('"Total Experience (in years)" is the years; one field\'s years are a guess the person confirms', () => {
    const fields = classifyInForm(
      '<label for="t">Overall Experience (in years)</label><input id="t" name="t" type="number">' +
        '<label for="r">Relevant Experience in Marine Hydraulics (in yrs)</label><input id="r" name="r" type="number">',
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['years_experience', 'years_experience']);
    expect(fields[0]!.classification.confidence).toBeGreaterThan(DOUBTFUL);
    expect(fields[1]!.classification.confidence).toBeLessThanOrEqual(DOUBTFUL);
  });
});

describe('years of experience in a list of fields', () => {
  it('"Years of integration, verification or test experience" over bands of numbers asks the years', () => {
    expect(
      types(
        radios('Years of systems integration, verification or test experience on defence programs', 'y', [
          '0-2',
          '3-5',
          '6-9',
          '10+',
        ]),
      ),
    ).toEqual(['years_experience']);
  });
});

describe('years asked by their answers', () => {
  it('a skill whose options are bands of years asks the years at it, as a guess the person confirms', () => {
    const fields = classifyInForm(
      `<label for="s">Hands-on LC-MS/MS method development</label><select id="s" name="s"><option>Select</option><option>Under 2 years</option><option>2–4 years</option><option>5–9 years</option><option>10+ years</option></select>` +
        `<label for="h">How long have you lived at your current address?</label><select id="h" name="h"><option>Under 2 years</option><option>2–4 years</option><option>5+ years</option></select>`,
    );
    expect(fields.map((f) => f.classification.type)).toEqual(['years_experience', 'other']);
    expect(fields[0]?.classification.confidence).toBeLessThanOrEqual(DOUBTFUL);
  });
});

describe('years asked as a total', () => {
  it('"Total years in the electrical trade" over bands of years is the years of experience', () => {
    // forms-dev38: a Workable select whose caption starts with "Total"
    expect(
      types(
        '<label for="y">Total years in the electrical trade, including your apprenticeship</label>' +
          '<select id="y" name="QA_1"><option>Select...</option><option>Less than 4</option><option>4–7</option><option>8–12</option></select>',
      ),
    ).toEqual(['years_experience']);
  });

  it('"And how many of those years were mainly in Go?" after the total is years of experience too', () => {
    // forms-dev43 (Lever): a follow-up asking part of the years just given
    expect(
      types(
        '<div><div>How many years have you worked as a backend engineer in total?</div><input name="a"></div>' +
          '<div><div>And how many of those years were mainly in Go?</div><input name="b"></div>',
      ),
    ).toEqual(['years_experience', 'years_experience']);
  });
});

describe('the current employer named, not a person there', () => {
  it('"Name of your current headteacher or principal" is a person, not the school; "… current or most recent employer" is', () => {
    // forms-dev41 (Teamtailor)
    expect(
      types(
        '<label for="h">Name of your current headteacher or principal</label><input id="h" name="h">' +
          '<label for="e">Name of your current or most recent employer</label><input id="e" name="e">',
      ),
    ).toEqual(['other', 'current_company']);
  });

  it('the first day asked as taking the post up, reporting for work or a first working day is the start date', () => {
    // forms-dev46: "the date from which you could take it up", "Earliest date you could report for work", "First day you
    // could work"; a past job's first day is not
    const box = (label: string, n: number) =>
      `<label for="d${n}">${label}</label><input id="d${n}" name="q${n}">`;
    expect(
      types(
        box('If offered this post, the date from which you could take it up', 1) +
          box('When would you be free to take up the appointment?', 2) +
          box('Earliest date you could report for duty (mm/dd/yyyy)', 3) +
          box('First day you would be able to start', 4) +
          box('Date you took up your present post', 5),
      ),
    ).toEqual(['start_date', 'start_date', 'start_date', 'start_date', 'other']);
  });

  it('"Post held" and "Present post" (a UK form\'s word for the job) are the current title; a previous post is not', () => {
    // forms-dev46 (an NHS trust's own form)
    const box = (label: string, n: number) =>
      `<label for="t${n}">${label}</label><input id="t${n}" name="q${n}">`;
    expect(
      types(
        `<h3>Present or most recent employment</h3>${box('Employer', 1)}${box('Post held', 2)}${box('Present post', 3)}` +
          `<h3>Previous employment history</h3>${box('Post held', 4)}`,
      ),
    ).toEqual(['current_company', 'current_title', 'current_title', 'other']);
  });
});

describe('start date and current title as short captions word them', () => {
  it('"Avail. date" and the earliest orientation or induction are the start date', () => {
    // forms-dev47 (Jobvite, Oracle)
    expect(
      types(
        '<label for="a">Avail. date</label><input id="a">' +
          '<label for="b">Earliest date you could attend orientation</label><input id="b" placeholder="yyyy-mm-dd">' +
          '<label for="c">Earliest you could do your induction</label><input id="c">' +
          '<label for="d">Date of orientation you attended</label><input id="d">',
      ),
    ).toEqual(['start_date', 'start_date', 'start_date', 'other']);
  });

  it('"Your title" under the current employer is the current title; under an earlier one it is not', () => {
    // forms-dev47 (Jobvite): entries titled only by a line of text over identical captions
    expect(
      types(
        '<h2>Work History</h2><p id="e1">Present or most recent employer</p>' +
          '<label for="a">Company</label><input id="a" aria-describedby="e1">' +
          '<label for="b">Your title</label><input id="b" aria-describedby="e1">' +
          '<p id="e2">Employer before that</p>' +
          '<label for="c">Company</label><input id="c" aria-describedby="e2">' +
          '<label for="d">Your title</label><input id="d" aria-describedby="e2">',
      ),
    ).toEqual(['current_company', 'current_title', 'other', 'other']);
  });
});
