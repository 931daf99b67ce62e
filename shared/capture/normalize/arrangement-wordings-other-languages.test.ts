import { describe, expect, it } from 'vitest';
import { arrangementOfRole, workTypeFromProse } from './arrangement.ts';

/** Arrangement wordings outside English: German home-working rules and Portuguese in-person work. */
describe('German wordings that rule home working out for the role', () => {
  it('reads "mobiles Arbeiten ist … nicht vorgesehen" with words about the role between', () => {
    expect(arrangementOfRole('Mobiles Arbeiten ist während der Ausbildung nicht vorgesehen.')?.workType).toBe(
      'onsite',
    );
  });

  it('does not read one clause allowing home days and another ruling out full remote as on-site', () => {
    expect(
      arrangementOfRole('Homeoffice ist an zwei Tagen möglich, Vollremote ist nicht möglich.'),
    ).toBeNull();
  });

  it('reads a weekly day at home beside days at the workplace as hybrid', () => {
    expect(
      workTypeFromProse(
        'Three surgery days a week are at the practice. Your paperwork day can be spent at home.',
      ),
    ).toBe('hybrid');
    expect(workTypeFromProse('One day a week may be worked from home once you are trained.')).toBe('hybrid');
    expect(workTypeFromProse('Your first day is spent at the depot.')).toBeNull();
  });

  it('reads all the work or every shift at the workplace as on-site', () => {
    expect(workTypeFromProse('Care is hands-on: all work is in person at Mill Creek Hospital.')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('You choose your weeks. All shifts are on the gaming floor.')).toBe('onsite');
    expect(workTypeFromProse('All of your work is done at the Harlow plant.')).toBe('onsite');
    expect(workTypeFromProse('All work is reviewed by a senior editor.')).toBeNull();
  });

  it('reads "you can work fully remotely" as the role being remote, over a hybrid badge', () => {
    const afterRamp =
      'For the first two months you join us in the Leeds office. After that you can work fully remotely from anywhere in the UK.';
    expect(arrangementOfRole(afterRamp)?.workType).toBe('remote');
    expect(
      arrangementOfRole('If you live out of town, you’re fully remote and we fly you in twice a year.')
        ?.workType,
    ).toBe('remote');
    // A perk of a few weeks away from the office is not the arrangement.
    expect(arrangementOfRole('You can work fully remotely for up to four weeks a year.')).toBeNull();
    expect(arrangementOfRole('You can work fully remote from abroad, four weeks per year.')).toBeNull();
  });
});

describe('Portuguese in-person work', () => {
  it('reads "O trabalho é presencial" and "A vaga é 100% presencial" as on-site', () => {
    expect(workTypeFromProse('O trabalho é presencial: você atende os clientes na sua rota.')).toBe('onsite');
    expect(workTypeFromProse('A vaga é 100% presencial no escritório da Barra Funda.')).toBe('onsite');
  });
});

describe("Indeed's and LinkedIn's in-person lines in German and French (capture107)", () => {
  it('reads "Arbeitsort: Vor Ort" and "sur site 5 jours par semaine" as on-site', () => {
    expect(workTypeFromProse('Ausbildung: Berufsausbildung (Erforderlich)\nArbeitsort: Vor Ort')).toBe(
      'onsite',
    );
    expect(workTypeFromProse('Lieu : nos bureaux du quai des Chartrons, sur site 5 jours par semaine')).toBe(
      'onsite',
    );
  });

  it('does not read a hybrid week as on-site', () => {
    expect(workTypeFromProse('Sur site 3 jours par semaine, télétravail le reste du temps.')).not.toBe(
      'onsite',
    );
  });
});

describe('Dutch wordings that rule home working out for the role', () => {
  it('"thuiswerken is niet mogelijk" and "een functie op locatie" are on-site; home days allowed are not', () => {
    const said = (t: string) => arrangementOfRole(t)?.workType ?? null;
    expect(
      said(
        'Je zorgt ervoor dat alle orders op tijd klaarstaan. Dit is een functie op locatie; thuiswerken is niet mogelijk.',
      ),
    ).toBe('onsite');
    expect(said('Thuiswerken is helaas niet mogelijk in deze rol.')).toBe('onsite');
    expect(said('Thuiswerken is twee dagen per week mogelijk.')).not.toBe('onsite');
  });
});
