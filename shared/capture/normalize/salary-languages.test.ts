import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

// Pay as boards outside the English-speaking world word it: ranges, periods and floors in their own languages.

describe('a range spelled "od X do Y"', () => {
  it('reads both bounds of a Polish or Czech range', () => {
    expect(parseSalary('Wynagrodzenie: od 9 500 do 12 000 zł brutto miesięcznie')).toMatchObject({
      min: 9500,
      max: 12000,
      currency: 'PLN',
      period: 'MONTH',
    });
  });
});

describe('pay in more European wordings', () => {
  it.each([
    ['Lön: 34 000 kr per månad', 34_000, 'SEK', 'MONTH'],
    ['Lønn: 610 000 kr per år', 610_000, 'SEK', 'YEAR'],
    ['Mzda: 48 000 Kč měsíčně', 48_000, 'CZK', 'MONTH'],
    ['Stipendio: 31.000 € lordi annui', 31_000, 'EUR', 'YEAR'],
    ['Sueldo: $28,000 MXN mensuales', 28_000, 'MXN', 'MONTH'],
    // The singular too ("Mensual"), as Computrabajo prints it after the figures.
    ['MXN 25,000 - 30,000 Mensual', 30_000, 'MXN', 'MONTH'],
  ] as const)('%s', (text, amount, currency, period) => {
    expect(parseSalary(text)).toMatchObject({ max: amount, currency, period });
  });

  it('still leaves an English stipend out of the pay', () => {
    expect(parseSalary('A $1,500 stipend for your home office')).toBeNull();
  });
});

describe('pay in the words of other languages', () => {
  it('reads a period after each end of a range: "45.000 €/año - 55.000 €/año"', () => {
    expect(parseSalary('45.000 €/año - 55.000 €/año')).toMatchObject({
      min: 45000,
      max: 55000,
      period: 'YEAR',
    });
    expect(parseSalary('3.000 €/Monat - 3.500 €/Monat')).toMatchObject({
      min: 3000,
      max: 3500,
      period: 'MONTH',
    });
  });

  it('"from" a figure is its floor in Italian, French and Portuguese too', () => {
    expect(parseSalary('Da 1.500 € al mese')).toMatchObject({ min: 1500, max: null, period: 'MONTH' });
    expect(parseSalary('À partir de 1 500 € par mois')).toMatchObject({ min: 1500, max: null });
    expect(parseSalary('A partir de R$ 3.000 por mês')).toMatchObject({
      min: 3000,
      max: null,
      currency: 'BRL',
    });
    expect(parseSalary('da 1.500 a 2.000 € al mese')).toMatchObject({ min: 1500, max: 2000 });
  });
});
