import { describe, expect, it } from 'vitest';
import { parseSalary } from './salary.ts';

type Row = [
  text: string,
  min: number | null,
  max: number | null,
  currency: string | null,
  period: string | null,
];

// Pay as boards print it, across locales and formats.
const CASES: Row[] = [
  ['$130,000 - $160,000 a year', 130_000, 160_000, 'USD', 'YEAR'],
  ['Annual Salary: $405,000 - $485,000 USD', 405_000, 485_000, 'USD', 'YEAR'],
  ['The base salary range for this role is ($65,000 -$70,000)', 65_000, 70_000, 'USD', 'YEAR'],
  ['Annual Salary Range $249,860 — $324,470 USD', 249_860, 324_470, 'USD', 'YEAR'],
  ['€60.000', 60_000, 60_000, 'EUR', 'YEAR'],
  ['£45k–£55k', 45_000, 55_000, 'GBP', 'YEAR'],
  ['CA$90K - CA$110K', 90_000, 110_000, 'CAD', 'YEAR'],
  ['C$85,000–C$95,000 per year', 85_000, 95_000, 'CAD', 'YEAR'],
  ['A$120k - A$140k + super', 120_000, 140_000, 'AUD', 'YEAR'],
  ['AU$150,000 – AU$170,000', 150_000, 170_000, 'AUD', 'YEAR'],
  ['NZ$100k–NZ$120k', 100_000, 120_000, 'NZD', 'YEAR'],
  ['S$8,000 - S$10,000 per month', 8_000, 10_000, 'SGD', 'MONTH'],
  ['up to 80 000 EUR per annum', null, 80_000, 'EUR', 'YEAR'],
  ['Up to $95k', null, 95_000, 'USD', 'YEAR'],
  ['$25/hr', 25, 25, 'USD', 'HOUR'],
  ['$25 - $35 per hour', 25, 35, 'USD', 'HOUR'],
  ['$40–$55 an hour', 40, 55, 'USD', 'HOUR'],
  ['Pay: $18.50 - $22.00 per hour', 18.5, 22, 'USD', 'HOUR'],
  ['£450 - £550 per day', 450, 550, 'GBP', 'DAY'],
  ['€600/day', 600, 600, 'EUR', 'DAY'],
  ['$2,000 a week', 2_000, 2_000, 'USD', 'WEEK'],
  ['salary: 4.500 € pro Monat', 4_500, 4_500, 'EUR', 'MONTH'],
  ['Gehalt: 55.000 - 65.000 € brutto/Jahr', 55_000, 65_000, 'EUR', 'YEAR'],
  ['65.000 € - 80.000 € pro Jahr', 65_000, 80_000, 'EUR', 'YEAR'],
  ['Salaire : 45 000 € - 55 000 € par an', 45_000, 55_000, 'EUR', 'YEAR'],
  ['Rémunération : 50k€ - 60k€', 50_000, 60_000, 'EUR', 'YEAR'],
  ['Salario: 30.000 - 40.000 EUR al año', 30_000, 40_000, 'EUR', 'YEAR'],
  ['$45-55k', 45_000, 55_000, 'USD', 'YEAR'],
  ['USD 120k+', 120_000, null, 'USD', 'YEAR'],
  ['From $90,000', 90_000, null, 'USD', 'YEAR'],
  ['USD 150,000 - 180,000', 150_000, 180_000, 'USD', 'YEAR'],
  ['150,000 - 180,000 USD annually', 150_000, 180_000, 'USD', 'YEAR'],
  ['₹12,00,000 per annum', 1_200_000, 1_200_000, 'INR', 'YEAR'],
  ['₹15L - ₹20L', 1_500_000, 2_000_000, 'INR', 'YEAR'],
  ['₹18 LPA', 1_800_000, 1_800_000, 'INR', 'YEAR'],
  ['CHF 120,000 – 140,000', 120_000, 140_000, 'CHF', 'YEAR'],
  ['SEK 45 000 - 55 000 per month', 45_000, 55_000, 'SEK', 'MONTH'],
  ['PLN 15,000–20,000 monthly', 15_000, 20_000, 'PLN', 'MONTH'],
  ['15 000 - 20 000 zł miesięcznie', 15_000, 20_000, 'PLN', 'MONTH'],
  ['$120K/yr - $150K/yr', 120_000, 150_000, 'USD', 'YEAR'],
  ['$1.2M OTE', 1_200_000, 1_200_000, 'USD', 'YEAR'],
  ['The hiring range is $100,000 to $140,000', 100_000, 140_000, 'USD', 'YEAR'],
  ['Compensation: $150,000 and $190,000 depending on experience', 150_000, 190_000, 'USD', 'YEAR'],
  ['¥6,000,000 - ¥9,000,000', 6_000_000, 9_000_000, 'JPY', 'YEAR'],
  ['R$ 8.000 - R$ 12.000 por mês', 8_000, 12_000, 'BRL', 'MONTH'],
  ['$95,000.00 - $110,000.00', 95_000, 110_000, 'USD', 'YEAR'],
  ['HK$40,000 - HK$55,000 per month', 40_000, 55_000, 'HKD', 'MONTH'],
  ['US$60-80 per hour', 60, 80, 'USD', 'HOUR'],
  ['Salary: 70000 - 90000 per year', 70_000, 90_000, null, 'YEAR'],
  // Not pay: funding, company size, benefits, dates.
  ['We raised $50 million in Series B', null, null, null, null],
  ['Backed by $120M from top investors', null, null, null, null],
  ['Join 2,000 employees in 40 countries', null, null, null, null],
  ['$500 home office stipend', null, null, null, null],
  ['Founded in 2015', null, null, null, null],
  ['5+ years of experience', null, null, null, null],
  ['Revenue grew 40% to $3 billion', null, null, null, null],
  ['A $5,000 relocation package for movers', null, null, null, null],
  ['$1,500 yearly learning budget', null, null, null, null],
  ['Salary: $100k-$120k, cost of living adjusted', 100_000, 120_000, 'USD', 'YEAR'],
  ['We migrated a database with 12,000 tables', null, null, null, null],
];

describe('parseSalary', () => {
  it.each(CASES)('%s', (text, min, max, currency, period) => {
    const s = parseSalary(text);
    if (min == null && max == null) {
      expect(s).toBeNull();
      return;
    }
    expect(s).toMatchObject({ min, max, currency, period });
  });

  it('keeps the text it read the value from', () => {
    expect(parseSalary('Pay range: $120,000 - $150,000 a year')?.text).toBe('$120,000 - $150,000');
  });

  it('prefers the amount near salary wording over an earlier unrelated one', () => {
    const text = 'We raised $40M last year. The base salary for this role is $150,000 - $170,000.';
    expect(parseSalary(text)).toMatchObject({ min: 150_000, max: 170_000 });
  });
});

describe('regional formats', () => {
  it.each([
    ['CTC: ₹15 - 25 LPA', 1_500_000, 2_500_000, 'INR', 'YEAR'],
    ['Salary: 15-25 LPA', 1_500_000, 2_500_000, 'INR', 'YEAR'],
    ['Salaris: € 3.500 - € 4.200 bruto per maand', 3500, 4200, 'EUR', 'MONTH'],
    // "between X and Y" with the language's own "and"
    ['Um salário entre 2.100 € e 2.650 € brutos por mês', 2100, 2650, 'EUR', 'MONTH'],
    ['Retribuzione tra 2.300 € e 2.800 € al mese', 2300, 2800, 'EUR', 'MONTH'],
    ['Salario entre 28.000 € y 33.000 € al año', 28000, 33000, 'EUR', 'YEAR'],
    ['Salaire entre 3 200 € et 3 700 € par mois', 3200, 3700, 'EUR', 'MONTH'],
    ['Gehalt zwischen 4.100 € und 4.600 € pro Monat', 4100, 4600, 'EUR', 'MONTH'],
    // German writes the currency's name with a capital: "Euro" after the range names it.
    ['Das Bruttojahresgehalt liegt zwischen 54.000 und 61.000 Euro.', 54000, 61000, 'EUR', 'YEAR'],
  ] as const)('%s', (text, min, max, currency, period) => {
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min, max, currency, period });
  });
});

describe('an amount joined to a count by "and" in another language', () => {
  it('reads a whole count word only: "yearly" is a period, not "years"', () => {
    expect(parseSalary('Salary: $96,000 yearly', { minScore: 5 })).toMatchObject({
      min: 96_000,
      period: 'YEAR',
    });
  });

  it('does not read the count as the lower bound of a range', () => {
    expect(parseSalary('Salário anual: 32.000 € e 25 dias de férias', { minScore: 5 })).toMatchObject({
      min: 32_000,
      max: 32_000,
      currency: 'EUR',
    });
    expect(parseSalary('Salary: £45,000 and 25 days holiday', { minScore: 5 })).toMatchObject({
      min: 45_000,
      max: 45_000,
    });
    expect(parseSalary('Salario: 30.000 € y 23 días de vacaciones', { minScore: 5 })).toMatchObject({
      min: 30_000,
      max: 30_000,
    });
  });
});

describe('the period nearest the amount', () => {
  it.each<Row>([
    ['Pay: €1,150 gross per month for 18 hours a week', 1_150, 1_150, 'EUR', 'MONTH'],
    ['Salary: £41,000 per annum (about £21 per hour)', 41_000, 41_000, 'GBP', 'YEAR'],
    ['Paid hourly for a 37.5-hour week, the rate is $31 - $36', 31, 36, 'USD', 'HOUR'],
  ])('%s', (text, min, max, currency, period) => {
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min, max, currency, period });
  });
});

describe('pay wording from more boards', () => {
  it.each<Row>([
    ['CTC: 6-8 Lakhs P.A.', 600_000, 800_000, 'INR', 'YEAR'],
    ['Stundenlohn 13,80 € bis 15,20 € brutto', 13.8, 15.2, 'EUR', 'HOUR'],
    ['Entgelt rund 3.100 € bis 3.600 € brutto im Monat', 3_100, 3_600, 'EUR', 'MONTH'],
    ['Gratification : 700 € par mois', 700, 700, 'EUR', 'MONTH'],
  ])('%s', (text, min, max, currency, period) => {
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min, max, currency, period });
  });

  it('a million-sized sum in euros or dollars is goods or revenue, not pay', () => {
    expect(parseSalary('You will manage a portfolio of €12 million a year.', { minScore: 2 })).toBeNull();
    expect(parseSalary('You look after a product range worth €9 million.', { minScore: 2 })).toBeNull();
    expect(parseSalary('Annual salary ¥7 million', { minScore: 5 })).toMatchObject({
      max: 7_000_000,
      currency: 'JPY',
    });
  });

  it("a board's own estimate after the amount is not the employer's pay", () => {
    expect(
      parseSalary('Gehalt: 41.000 – 47.000 €/Jahr · Geschätzt von Jobbörse', { minScore: 4 }),
    ).toBeNull();
    expect(parseSalary('Salary: €52k – €58k (Jobsite estimate)', { minScore: 4 })).toBeNull();
    // The period may come between the amount and the estimate's mark.
    expect(parseSalary('Typical pay $31 – $36 per hour (estimated)', { minScore: 4 })).toBeNull();
  });
});

describe("a pay grade's full range and the hiring range inside it", () => {
  it('takes the range offers are made in', () => {
    const s = parseSalary(
      'The post sits in salary band 7, which runs from $52,000 to $80,000 a year. New hires are offered within the hiring range of $52,000 – $63,000, depending on experience.',
    );
    expect([s?.min, s?.max, s?.period]).toEqual([52000, 63000, 'YEAR']);
    expect(parseSalary('Starting pay range: $24 – $28 per hour.')?.max).toBe(28);
  });
});

describe('a pro-rata figure beside the actual pay', () => {
  it('reads the actual salary of a part-time post, not its full-time equivalent', () => {
    const text =
      'Salary: £40,000 – £44,000 pro rata (actual salary £24,000 – £26,400 for 22.5 hours a week).';
    expect(parseSalary(text, { minScore: 5 })).toMatchObject({ min: 24_000, max: 26_400, period: 'YEAR' });
  });

  it("reads the pay for the job's own hours, not the full-time figure before it", () => {
    const text =
      'The salary for this role at full time would be €64,000 a year; for 30 hours it is €48,000 a year.';
    expect(parseSalary(text)).toMatchObject({ min: 48_000, max: 48_000, currency: 'EUR', period: 'YEAR' });
  });

  it('keeps a pro-rata figure given alone', () => {
    expect(parseSalary('Salary: £40,000 – £44,000 pro rata', { minScore: 5 })).toMatchObject({ min: 40_000 });
  });
});

describe('a dollar code after a range of bare dollars', () => {
  it.each([
    ['Salary: $45,000 - $52,000 CAD per year', 45_000, 'CAD'],
    ['Pay: $60,000 – $70,000 (AUD)', 60_000, 'AUD'],
    ['$45k-$52k NZD', 45_000, 'NZD'],
    ['Salary: $45,000 - $52,000 a year', 45_000, 'USD'],
  ] as const)('%s', (text, min, currency) => {
    expect(parseSalary(text)).toMatchObject({ min, currency });
  });
});

describe('a bracket after the amount that gives the pay in other figures', () => {
  it('does not lend its period to the amount before it; a bracket without figures does', () => {
    expect(
      parseSalary('Annual income 7.2 million – 9.6 million yen\n(monthly ¥600,000 – ¥800,000 × 12)', {
        minScore: 2,
      })?.period,
    ).toBe('YEAR');
    expect(
      parseSalary('Yearly pay 4.8 million – 6.0 million yen (monthly ¥400,000 – ¥500,000 × 12)', {
        minScore: 2,
      }),
    ).toMatchObject({ min: 4_800_000, period: 'YEAR' });
    expect(parseSalary('Salary: 3.000 € (monthly, gross)', { minScore: 2 })?.period).toBe('MONTH');
    expect(parseSalary('Salary: $48,000 (per year)', { minScore: 2 })?.period).toBe('YEAR');
  });
});

describe('two amounts side by side', () => {
  it('does not read the second amount\'s "$" as the first one\'s currency', () => {
    expect(parseSalary('$68,000 $78,000 USD')?.text).toBe('$68,000');
  });
});
