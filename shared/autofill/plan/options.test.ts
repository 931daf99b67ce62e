import { describe, expect, it } from 'vitest';
import { pickOption, polarity, textSimilarity } from './options.ts';

const texts = (...t: string[]) => t.map((text) => ({ text }));

describe('polarity', () => {
  it.each([
    ['Yes', true],
    ['No', false],
    ['N0', false],
    ['Yes - I DO have the legal documents (do not need sponsorship)', true],
    ['No - I DO NOT have the legal documents (need sponsorship)', false],
    ['I will now or in the future require sponsorship', true],
    ['I will not require sponsorship', false],
    ["I don't need a visa", false],
    ['Oui', true],
    ['Nein', false],
    ['Maybe later', null],
    // yes and no in the other languages the rules read
    ['Nej, jeg har ikke brug for det', false],
    ['Nei', false],
    ['Nee', false],
    ['Sim', true],
    ['Não', false],
    ['Tak', true],
    ['Nie', false],
    ['はい', true],
    ['いいえ', false],
    ['아니요', false],
    // a word that only starts like one is not it
    ['Neither', null],
    ['Simply put', null],
  ])('%s → %s', (text, expected) => {
    expect(polarity(text)).toBe(expected);
  });
});

describe('pickOption', () => {
  it('skips placeholders and prefers the plainest option of the right polarity', () => {
    const pick = pickOption(texts('Select...', 'Yes, with conditions attached', 'Yes', 'No'), {
      kind: 'yes-no',
      yes: true,
    });
    expect(pick.index).toBe(2);
  });

  it('picks no yes when every yes gives its own reason, and a bare yes when there is one', () => {
    const yes = { kind: 'yes-no', yes: true } as const;
    const reasons = texts('Yes – I was born in the union', 'Yes – I hold a long-stay card', 'No');
    expect(pickOption(reasons, yes).index).toBe(-1);
    expect(pickOption(reasons, { kind: 'yes-no', yes: false }).index).toBe(2);
    expect(pickOption(texts('Yes / Oui', 'Yes, later on', 'No / Non'), yes).index).toBe(0);
    expect(pickOption(texts('Yes – I hold a long-stay card', 'No'), yes).index).toBe(0);
  });

  it('finds a country written as a name, an alias or a phone-picker entry', () => {
    const answer = { kind: 'country', code: 'GB', text: 'United Kingdom' } as const;
    expect(pickOption(texts('France', 'UK', 'Germany'), answer).index).toBe(1);
    expect(pickOption(texts('Germany +49', 'United Kingdom +44'), answer).index).toBe(1);
    expect(pickOption([{ text: 'Britain', value: 'GB' }], answer).index).toBe(0);
  });

  it('puts a number into the range option that holds it', () => {
    const options = texts('Less than 2 years', '2 - 5 years', '6 to 10 years', 'More than 10 years');
    expect(pickOption(options, { kind: 'number', value: 1, text: '1' }).index).toBe(0);
    expect(pickOption(options, { kind: 'number', value: 4, text: '4' }).index).toBe(1);
    expect(pickOption(options, { kind: 'number', value: 12, text: '12' }).index).toBe(3);
  });

  it('puts eight years into "5 years or more" and a salary into the band of dollars that holds it', () => {
    const years = texts('Less than 1 year', '1-2 years', '3-4 years', '5 years or more');
    expect(pickOption(years, { kind: 'number', value: 8, text: '8' }).index).toBe(3);
    const pay = texts('$50,000 - $70,000', '$70,001 - $90,000', 'Over $90k');
    expect(pickOption(pay, { kind: 'number', value: 80000, text: '80000' }).index).toBe(1);
    expect(pickOption(pay, { kind: 'number', value: 95000, text: '95000' }).index).toBe(2);
  });

  it('finds a state written with its code beside the name, and not a state that only contains it', () => {
    const texas = { kind: 'state', code: 'TX', text: 'Texas' } as const;
    expect(pickOption(texts('CA - California', 'TX - Texas'), texas).index).toBe(1);
    expect(pickOption(texts('California (CA)', 'Texas (TX)'), texas).index).toBe(1);
    const virginia = { kind: 'state', code: 'VA', text: 'Virginia' } as const;
    expect(pickOption(texts('WV - West Virginia', 'VA - Virginia'), virginia).index).toBe(1);
  });

  it('returns -1 rather than a poor match', () => {
    expect(pickOption(texts('Red', 'Green'), { kind: 'choice', text: 'Blue' }).index).toBe(-1);
    expect(pickOption(texts('Maybe'), { kind: 'yes-no', yes: true }).index).toBe(-1);
  });
});

describe('textSimilarity (demographic wording)', () => {
  it.each([
    ['Female', 'Woman'],
    ['Decline to self-identify', "I don't wish to answer"],
    ['I am not a protected veteran', 'I AM NOT A PROTECTED VETERAN'],
  ])('%s ≈ %s', (a, b) => {
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps opposite answers apart', () => {
    expect(textSimilarity('Female', 'Male')).toBeLessThan(0.5);
    expect(textSimilarity('I am not a protected veteran', 'I identify as a protected veteran')).toBeLessThan(
      0.5,
    );
  });
});
