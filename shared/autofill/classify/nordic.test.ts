import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// Swedish, Norwegian and Danish application forms: the words live in the rules beside the other
// languages' (tagged (sv), (no), (da)). å, ä, ö lose their marks; æ reads as "ae".
const box = (label: string, id: string, attrs = '') =>
  `<label for="${id}">${label}</label><input id="${id}" name="f${id}"${attrs}>`;
const select = (label: string, id: string, options: string[]) =>
  `<label for="${id}">${label}</label><select id="${id}" name="f${id}">${options.map((o) => `<option>${o}</option>`).join('')}</select>`;

describe('forms in Swedish', () => {
  it('the right to work vs the employer applying for a permit at the migration agency', () => {
    expect(
      types(
        yesNo('Har du rätt att arbeta i Norge eller Sverige utan begränsning?', 'a', 'Ja', 'Nej') +
          yesNo('Vill du att företaget ansöker om uppehållstillstånd för din räkning?', 'b', 'Ja', 'Nej') +
          yesNo('Har du ett giltigt arbetstillstånd?', 'c', 'Ja', 'Nej'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'work_authorization']);
  });

  it('county, present employer, pay asked for, when the person can start, where they saw the job', () => {
    expect(
      types(
        select('Län', 'l', ['Välj', 'Hallands län', 'Jämtlands län']) +
          box('Senaste arbetsgivare', 'e') +
          box('Önskad månadslön', 's') +
          box('Nuvarande lön', 'n') +
          box('Tidigast möjliga start', 't', ' placeholder="ÅÅÅÅ-MM-DD"') +
          select('Hur hittade du tjänsten?', 'h', ['Välj', 'Vän', 'Mässa']),
      ),
    ).toEqual(['state', 'current_company', 'salary_expectation', 'other', 'start_date', 'how_did_you_hear']);
  });

  it('years of experience asked as "how many years", and the notice period left alone', () => {
    expect(
      types(
        select('Hur många år har du arbetat med lagerstyrning?', 'y', ['Välj', '1–3 år', '4+ år']) +
          select('Uppsägningstid', 'u', ['Välj', 'Ingen', '1 månad', '3 månader']),
      ),
    ).toEqual(['years_experience', 'other']);
  });
});

describe('forms in Norwegian and Danish', () => {
  it('the same questions in Norwegian', () => {
    expect(
      types(
        box('Nåværende arbeidsgiver', 'e') +
          box('Lønnsforventning (NOK per år)', 's') +
          box('Når kan du tiltre?', 't') +
          select('Fylke', 'f', ['Velg', 'Agder', 'Rogaland']) +
          yesNo('Har du arbeidstillatelse i Norge?', 'a', 'Ja', 'Nei') +
          box('Hvordan fikk du vite om stillingen?', 'h'),
      ),
    ).toEqual([
      'current_company',
      'salary_expectation',
      'start_date',
      'state',
      'work_authorization',
      'how_did_you_hear',
    ]);
  });

  it('the same questions in Danish', () => {
    expect(
      types(
        box('Nuværende arbejdsgiver', 'e') +
          box('Lønforventning', 's') +
          box('Hvornår kan du starte?', 't') +
          yesNo('Har du brug for visum for at arbejde i Danmark?', 'v', 'Ja', 'Nej') +
          box('Hvor mange års erhvervserfaring har du?', 'y'),
      ),
    ).toEqual([
      'current_company',
      'salary_expectation',
      'start_date',
      'sponsorship_required',
      'years_experience',
    ]);
  });
});

describe('Danish questions written the way people type them', () => {
  it('"løn forventning" written apart is still the pay asked for; the pay earned now is not', () => {
    expect(
      types(box('Hvilken løn forventning har du?', 'p') + box('Hvad er din nuværende løn?', 'n')),
    ).toEqual(['salary_expectation', 'other']);
  });

  it('the employer applying for a permit for the person is sponsorship, not the right to work', () => {
    expect(
      types(
        yesNo('Skal vi søge arbejdstilladelse til dig, før du kan starte?', 'd', 'Ja', 'Nej') +
          yesNo('Må vi søke oppholdstillatelse for deg?', 'n', 'Ja', 'Nei') +
          yesNo('Har du arbejdstilladelse i Danmark?', 'h', 'Ja', 'Nej'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });
});

describe('an experience question answered in spans of år', () => {
  it('"Erfarenhet av …" with choices in years is years of experience (Swedish, Norwegian)', () => {
    const spans = (label: string, id: string, prompt: string, words: string[]) =>
      select(label, id, [prompt, ...words]);
    expect(
      types(
        spans('Erfarenhet av truckkörning', 'a', 'Välj', ['Mindre än 1 år', '1–3 år', 'Mer än 3 år']) +
          spans('Erfaring med sveising', 'b', 'Velg', ['Mindre enn ett år', '2–4 år', '5 år eller mer']),
      ),
    ).toEqual(['years_experience', 'years_experience']);
  });
});
