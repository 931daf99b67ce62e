import { describe, expect, it } from 'vitest';
import { normalize } from './classify/text.ts';
import { bandHolds, numberBand } from './number-band.ts';

const holds = (choice: string, n: number) => bandHolds(normalize(choice), n);

describe('numberBand: the numbers a choice stands for', () => {
  it.each([
    ['1–2 years', 1, 2],
    ['3 to 5 years', 3, 5],
    ['$50,000 - $70,000', 50000, 70000],
    ['$50-70k', 50000, 70000],
    ['€45k – €55k', 45000, 55000],
    ['1 à 3 ans', 1, 3],
    ["CHF 110'000 - 130'000", 110000, 130000],
  ])('%s is %d to %d', (choice, min, max) => {
    expect(numberBand(normalize(choice))).toMatchObject({ min, max });
  });

  it('names no band in a choice without a number', () => {
    expect(numberBand(normalize('Prefer not to say'))).toBeNull();
    expect(numberBand(normalize('No experience'))).toBeNull();
  });
});

describe('bandHolds: which choice holds the person’s number', () => {
  it('reads open-ended choices the way they are meant', () => {
    expect(holds('5 years or more', 8)).toBe(true);
    expect(holds('10+', 12)).toBe(true);
    expect(holds('3 ans et plus', 4)).toBe(true);
    expect(holds('At least 2 years', 2)).toBe(true);
    expect(holds('Up to $60k', 55000)).toBe(true);
  });

  it('leaves the end out where the words do', () => {
    expect(holds('More than 3 years', 3)).toBe(false);
    expect(holds('More than 3 years', 4)).toBe(true);
    expect(holds('Less than 1 year', 1)).toBe(false);
    expect(holds('Less than 1 year', 0)).toBe(true);
  });

  it('reads "less than a year" and "more than" in the languages forms come in', () => {
    expect(holds('Less than a year', 0)).toBe(true);
    expect(holds('Weniger als 1 Jahr', 0)).toBe(true);
    expect(holds("Moins d'un an", 0)).toBe(true);
    expect(holds('Menos de 1 año', 0)).toBe(true);
    expect(holds('Mehr als 3 Jahre', 6)).toBe(true);
    expect(holds('Plus de 3 ans', 6)).toBe(true);
  });

  it('keeps a single number exact', () => {
    expect(holds('5 years', 5)).toBe(true);
    expect(holds('5 years', 8)).toBe(false);
  });
});
