import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from '../testing.ts';

describe('the right to work, and the employer acting on it', () => {
  it('a labour-market test or a permit tied to the employer is sponsorship', () => {
    expect(
      types(
        yesNo(
          'Would Lakeshore Clinics have to obtain a Labour Market Impact Assessment for you to take this job?',
          'a',
        ) +
          yesNo('Would you need us to back an employer-specific work permit before you could begin?', 'b') +
          yesNo(
            'Will you need the Board to support a request for a renewed or extended work permit before your first day?',
            'c',
          ),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'sponsorship_required']);
  });

  it('a permit tied to the employer, however written, and needing help to obtain or keep a status are sponsorship', () => {
    expect(
      types(
        yesNo('Would you require an employer-specific (closed) permit to start with Norther Foods?', 'a') +
          yesNo('Would you need a work permit tied to Norther Foods before your first shift?', 'b') +
          yesNo(
            'Now or later, will you need our sponsorship to obtain or keep Canadian work authorization?',
            'c',
          ),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'sponsorship_required']);
  });

  it('"entitlement to work" and "free to work … without restriction" are the right to work', () => {
    expect(
      types(
        yesNo('Do you hold a current entitlement to work in Ireland?', 'e') +
          yesNo(
            'Are you free to take up work in Australia without restriction for the whole contract?',
            'f',
          ) +
          yesNo('Can you work in Portugal for any employer, full time, without restriction?', 'g'),
      ),
    ).toEqual(['work_authorization', 'work_authorization', 'work_authorization']);
  });

  it('needing a permit an employer sponsors is sponsorship, not the right to work', () => {
    expect(
      types(
        yesNo(
          'Would you need an employer-sponsored work permit to work for Dunmore Energy, now or later?',
          's',
        ),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('being free to work some hours is availability, and a share code is a detail of the status', () => {
    expect(
      types(
        `<fieldset><legend>Tick each evening you are free to work.</legend><label><input type="checkbox" name="ev">Tue</label><label><input type="checkbox" name="ev">Thu</label></fieldset>` +
          `<fieldset><legend>Right to work</legend><label for="sc">Share code</label><input id="sc" name="sc"><label for="vn">Visa number</label><input id="vn" name="vn"></fieldset>`,
      ),
    ).toEqual(['other', 'other', 'other']);
  });

  it('holding a permit to work somewhere is the right to work, whatever the options spell out', () => {
    expect(
      types(
        '<fieldset><legend>Do you currently hold a permit to work in Switzerland?</legend>' +
          '<label><input type="radio" name="p" value="a">Yes – I am a Swiss or EFTA national</label>' +
          '<label><input type="radio" name="p" value="b">Yes – my residence card lets me take a job</label>' +
          '<label><input type="radio" name="p" value="c">No</label></fieldset>' +
          yesNo('Do you possess the permits to work in Norway that the role needs?', 'q'),
      ),
    ).toEqual(['work_authorization', 'work_authorization']);
  });

  it('"full working rights" is the right to work', () => {
    expect(types(yesNo('Do you hold full working rights in New Zealand?', 'w'))).toEqual([
      'work_authorization',
    ]);
  });

  it('citizen-or-permanent-resident is the right to work; the employer applying for a pass for you is sponsorship', () => {
    expect(
      types(
        yesNo('Are you a Malaysian citizen or permanent resident?', 'c') +
          yesNo(
            'If not, would the firm need to apply for an Employment Pass for you before you could start?',
            'p',
          ) +
          yesNo(
            'Sua admissão dependeria de a empresa solicitar um visto de trabalho em seu nome?',
            'v',
            'Sim',
            'Não',
          ),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'sponsorship_required']);
  });

  it('taking up employment is the right to work; us obtaining the permit, our support with a visa or (de) the agency consent is sponsorship', () => {
    expect(
      types(
        yesNo('Are you entitled to take up employment in Austria without further permits?', 'e') +
          yesNo('Would you need us to obtain a residence permit on your behalf before the start?', 'o') +
          yesNo('Would you rely on our support with the consulate to get a work visa?', 's') +
          yesNo(
            'Ist für Ihre Einstellung die Zustimmung der Bundesagentur für Arbeit nötig?',
            'b',
            'Ja',
            'Nein',
          ) +
          yesNo(
            'Bräuchten Sie einen neuen Aufenthaltstitel, bei dessen Antrag wir Sie unterstützen sollten?',
            't',
            'Ja',
            'Nein',
          ),
      ),
    ).toEqual([
      'work_authorization',
      'sponsorship_required',
      'sponsorship_required',
      'sponsorship_required',
      'sponsorship_required',
    ]);
  });
});

describe('the employer acting in an immigration matter, and work without sponsorship', () => {
  it('needing the employer to act in an immigration matter is sponsorship, whatever the verb', () => {
    expect(
      types(
        yesNo(
          'Would you need Orchard Lane Dental to open an immigration case on your behalf at some point?',
          'a',
        ) +
          yesNo('Do you need us to serve as the petitioning employer for a work visa?', 'b') +
          yesNo(
            'Although you may be eligible to work here today, would you at any point in the future require our help to stay employed?',
            'c',
          ) +
          yesNo(
            'Are you authorized to work in the US? You will need to provide your immigration documents.',
            'd',
          ),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });

  it('where one may work without needing sponsorship is the right to work', () => {
    expect(
      types(
        '<fieldset><legend>Where are you permitted to work today without requiring a company to sponsor your visa?</legend>' +
          '<label><input type="checkbox" name="w">Germany</label><label><input type="checkbox" name="w">France</label></fieldset>',
      ),
    ).toEqual(['work_authorization']);
  });
});

describe('the right to live and work somewhere', () => {
  it('"the right to live and work in Ireland" asks for the right to work', () => {
    expect(types(yesNo('Do you hold the right to live and work in Ireland?', 'rl'))).toEqual([
      'work_authorization',
    ]);
  });
});

describe('what a right-to-work question asks when it is not whether', () => {
  it('a residence title that allows you to work is the right to work; asking when a permit expires is a date', () => {
    expect(
      types(
        yesNo('Do you hold EU citizenship, or a German residence title that allows you to work?', 'rt') +
          '<label for="ex">If you are in Canada on a work permit, when does it expire?</label><input id="ex" name="ex">' +
          '<label for="vd">Work permit: until what date is it valid?</label><input id="vd" name="vd">',
      ),
    ).toEqual(['work_authorization', 'other', 'other']);
  });
});

describe('the right to work, in the words forms-dev35 used', () => {
  it('"authorization to work", a title "that allows you to take up employment", free of limits on your hours', () => {
    expect(
      types(
        yesNo('Do you have unrestricted authorization to work in the United States?', 'a') +
          yesNo('Do you hold a German residence title that allows you to take up employment?', 'b') +
          yesNo('Are you free to work in the UK without any time limit or restriction on your hours?', 'c') +
          yesNo('Are you able to work these hours?', 'd'),
      ),
    ).toEqual(['work_authorization', 'work_authorization', 'work_authorization', 'other']);
  });
});

describe('the right to work and sponsorship, in the words forms-dev36 used', () => {
  it('permission "without any restriction on hours" is the right to work; help with a Blue Card or residence title is sponsorship', () => {
    expect(
      types(
        yesNo(
          'Do you have permission to work in Ireland without any restriction on hours or employer (for example with Stamp 4)?',
          'a',
        ) +
          yesNo(
            'Would you need the company to support an application for an EU Blue Card or another residence title before you could start?',
            'b',
          ) +
          yesNo('Would you need our help with a new residence title?', 'c') +
          yesNo('Are you able to work these hours?', 'd'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'sponsorship_required', 'other']);
  });
});

describe('the employer applying to an agency for the person', () => {
  it('"need to apply to the Migration Agency for a work permit on your behalf" is sponsorship, the agency named between', () => {
    // forms-dev38: a Teamtailor boolean question with the agency's name in brackets
    expect(
      types(
        yesNo(
          'Would Ljungvik need to apply to the national migration agency (Migrationsverket) for a work permit on your behalf?',
          'a',
        ),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('working lawfully, for any employer, or being entitled to take paid work is the right to work', () => {
    // forms-dev46: an NHS trust, iCIMS and Teamtailor Denmark each word it their own way; a petition for a status the
    // employer must file is sponsorship
    expect(
      types(
        yesNo('Are you, at the date of this application, entitled to take paid work in the UK?', 'a') +
          yesNo(
            'Can you show, with documents, that you may lawfully work for any employer in the U.S.?',
            'b',
          ) +
          yesNo('Can you already work in Denmark for any employer, for instance as an EU citizen?', 'c') +
          yesNo('Could you lawfully be employed in Ireland from your first day?', 'd') +
          yesNo(
            'Would the agency have to petition for an immigration status (for example H-1B) for you to start?',
            'e',
          ) +
          yesNo('Will we need to petition on behalf of you for a visa at any point?', 'f'),
      ),
    ).toEqual([
      'work_authorization',
      'work_authorization',
      'work_authorization',
      'work_authorization',
      'sponsorship_required',
      'sponsorship_required',
    ]);
  });
});

describe('"able to work" asked of days', () => {
  it('"Which days are you able to work?" is a schedule, not the right to work', () => {
    const days = ['Sunday', 'Monday', 'Tuesday']
      .map((d, i) => `<label><input type="checkbox" name="days[]" id="d${i}" value="${d}">${d}</label>`)
      .join('');
    expect(
      types(
        `<fieldset><legend>2nd shift runs 2:30 PM - 1:00 AM, four or five nights a week. Which days are you able to work? (check all that apply)</legend>${days}</fieldset>`,
      ),
    ).toEqual(['other']);
  });
});
