import { describe, expect, it } from 'vitest';
import { radios, typesInForm as types, yesNo } from '../testing.ts';

const essay = (id: string, question: string) =>
  `<label for="${id}">${question}</label><textarea id="${id}"></textarea>`;

describe('the company named as the one who applies for the permit', () => {
  it('"would <company> have to apply to <agency> for a work permit before you could start?" is sponsorship', () => {
    expect(
      types(
        yesNo('Would Voltwerk have to apply to UWV for a work permit (TWV) before you could start?', 'a') +
          yesNo('Will the firm need to file for an employment visa for this role?', 'b'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required']);
  });

  it('"would <company> have to apply for a residence permit for you" is sponsorship', () => {
    // forms-dev44: the permit named as a residence permit, an EU Blue Card given as its example
    expect(
      types(
        yesNo(
          'Would Isarwacht have to apply for a residence permit for you (for example an EU Blue Card or a §18b permit) before you could take up this job?',
          'a',
        ),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('"would we need to start a visa process for you" and "require <company> to sponsor a work permit" are sponsorship', () => {
    // forms-dev40 (Greenhouse, Jobvite): "work permit" named inside was read as the right to work
    expect(
      types(
        yesNo(
          'Would we need to start a visa or residence-permit process for you before you could start, or later to keep you in the role?',
          'a',
        ) +
          yesNo('Will you require Stillwind to sponsor a work permit for you?', 'b') +
          yesNo('Are you allowed to work in Canada without needing us to sponsor a work permit?', 'c'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });

  it('the right-to-work question beside it keeps its reading', () => {
    expect(types(yesNo('Are you allowed to work in the Netherlands?', 'a'))).toEqual(['work_authorization']);
  });
});

describe('sponsorship as money raised or sold', () => {
  it('a fundraiser\'s "gift, sponsorship or event total" and "sponsorship packages" are not a visa', () => {
    expect(
      types(
        essay(
          'g',
          'Tell us about the largest gift, sponsorship or event total you have secured yourself: roughly how much, from whom, and how you did it.',
        ) + essay('p', 'Which sponsorship packages have you sold, and to whom?'),
      ),
    ).toEqual(['other', 'other']);
  });

  it('with a visa named, sponsorship is the visa question still', () => {
    expect(
      types(
        yesNo('Will you now or in the future require sponsorship for a visa to work at our events?', 'a'),
      ),
    ).toEqual(['sponsorship_required']);
  });
});

describe('forms-dev41: permits named by scheme, visas named first, and the US proof of the right to work', () => {
  it('the company applying for a permit named by its scheme "on your behalf" is sponsorship', () => {
    expect(
      types(
        yesNo(
          'Would you need Lisnaree to apply for a Critical Skills Employment Permit or a General Employment Permit on your behalf?',
          'a',
        ),
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('"which kind of visa would <company> need to file for" is the sponsorship asked, not a status held', () => {
    const kinds = [
      '--',
      "Not applicable – I won't need sponsorship",
      'TN (Canadian or Mexican citizen)',
      'O-1',
    ];
    expect(
      types(
        '<label for="v">If you answered Yes above, which kind of visa would Ledgerwing need to file for, transfer or extend?' +
          `<select id="v">${kinds.map((k) => `<option>${k}</option>`).join('')}</select></label>`,
      ),
    ).toEqual(['sponsorship_required']);
  });

  it('showing the Form I-9 documents of employment authorization is the right to work', () => {
    expect(
      types(
        yesNo(
          'Will you be able to show documents that establish your identity and employment authorization (Form I-9) on your first day?',
          'a',
        ),
      ),
    ).toEqual(['work_authorization']);
  });

  it('the company filing immigration paperwork for you, or applying for a permit for you, is sponsorship', () => {
    // forms-dev42 (Lever, Ashby): the company is named between "need" and the permit, or as the one who files
    expect(
      types(
        yesNo(
          'Would staying in this role depend on Marlow Foods filing immigration paperwork for you?',
          'a',
        ) +
          yesNo(
            'Would you need Harbourline to apply for a General Employment Permit for you at any point?',
            'b',
          ) +
          yesNo('Do you hold a valid permit to work in Ireland?', 'c'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });

  it('a permission to work "tied to a visa that an employer has to sponsor" is sponsorship', () => {
    // forms-dev43 (Workable): "permission to work" named first read as the right to work
    expect(
      types(
        yesNo(
          'Is your permission to work in the UK tied to a visa that an employer has to sponsor (for example a Skilled Worker visa)?',
          'a',
        ) + yesNo('Do you have the right to work in the UK?', 'b'),
      ),
    ).toEqual(['sponsorship_required', 'work_authorization']);
  });
});

describe('the right to work and sponsorship, in the words forms-dev47 used', () => {
  it('employment "permitted for you" and documents proving you may work there are the right to work', () => {
    expect(
      types(
        yesNo('Is gainful employment (Erwerbstätigkeit) in Germany currently permitted for you?', 'a') +
          yesNo('Is paid work in Austria allowed for you at present?', 'b') +
          radios(
            'I confirm that before orientation I can show documents proving I may work in Canada.',
            'c',
            ['Confirmed', 'I cannot confirm this'],
          ) +
          yesNo('On day one, could you produce papers showing you can legally work in the UK?', 'd'),
      ),
    ).toEqual(['work_authorization', 'work_authorization', 'work_authorization', 'work_authorization']);
  });

  it('an employer nomination, an employer-specific offer or a residence title tied to the job is sponsorship', () => {
    expect(
      types(
        yesNo('Would you be asking us to lodge an employer nomination so you can stay on with us?', 'a') +
          yesNo('Would we need to nominate you for a Skills in Demand visa?', 'b') +
          yesNo(
            'For you to work here, would we need to submit an employer-specific offer of employment through the IRCC Employer Portal?',
            'c',
          ) +
          yesNo(
            'Would taking up this position depend on the immigration office issuing you a new residence title tied to this job?',
            'd',
          ),
      ),
    ).toEqual([
      'sponsorship_required',
      'sponsorship_required',
      'sponsorship_required',
      'sponsorship_required',
    ]);
  });
});

describe('a security clearance block', () => {
  it('"Sponsoring agency" there is the agency that sponsored the clearance, not a visa sponsor', () => {
    expect(
      types(
        '<fieldset><legend>Security clearance</legend><label for="lv">Clearance level held</label><input id="lv">' +
          '<label for="sa">Sponsoring agency</label><input id="sa" name="QU_1048813"></fieldset>',
      ),
    ).toEqual(['other', 'other']);
  });
});
