import { describe, expect, it } from 'vitest';
import { payForPlace } from './pay-by-place.ts';

const year = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'YEAR' as const });
const tiers =
  'Pay: the hiring range is $131,000 – $152,000 in Massachusetts and Washington; $120,000 – $140,000 in Illinois, Oregon and Texas; and $110,000 – $128,000 in all other U.S. locations.';

describe("the band for the job's place, of bands per place", () => {
  it('reads the band that names the state, over a span of every band', () => {
    const place = [{ raw: 'Austin, TX', city: 'Austin', region: 'TX', country: 'US' }];
    expect(payForPlace(year(110_000, 152_000), tiers, place)).toMatchObject({ min: 120_000, max: 140_000 });
  });

  it('reads the band for every other place when no band names the state', () => {
    const place = [{ raw: 'Tampa, FL', city: 'Tampa', region: 'FL', country: 'US' }];
    expect(payForPlace(year(131_000, 152_000), tiers, place)).toMatchObject({ min: 110_000, max: 128_000 });
  });

  it('keeps the span for a job in several places, or a salary no band makes', () => {
    const two = [
      { raw: 'Tampa, FL', city: 'Tampa', region: 'FL', country: 'US' },
      { raw: 'Austin, TX', city: 'Austin', region: 'TX', country: 'US' },
    ];
    expect(payForPlace(year(110_000, 152_000), tiers, two)).toMatchObject({ min: 110_000, max: 152_000 });
    const one = [{ raw: 'Austin, TX', city: 'Austin', region: 'TX', country: 'US' }];
    expect(payForPlace(year(90_000, 100_000), tiers, one)).toMatchObject({ min: 90_000 });
    const country = [{ raw: 'United States', country: 'US' }];
    expect(payForPlace(year(110_000, 152_000), tiers, country)).toMatchObject({ min: 110_000, max: 152_000 });
  });

  it('reads bands the places follow in brackets, by city where no state is known', () => {
    const text = 'Salary: €48,000 – €54,000 (Lyon, Lille) or €55,000 – €62,000 (Paris).';
    const eur = { min: 48_000, max: 54_000, currency: 'EUR', period: 'YEAR' as const };
    expect(payForPlace(eur, text, [{ raw: 'Paris', city: 'Paris', country: 'FR' }])).toMatchObject({
      min: 55_000,
      max: 62_000,
    });
  });
});

describe('one band a line, its places in brackets before it', () => {
  const rows = [
    'Base pay depends on where you live.',
    'Tier 1 (Boston metro, Austin): $131,000 – $150,000',
    'Tier 2 (Phoenix, Columbus, Raleigh): $119,000 – $136,000',
    'Tier 3 (anywhere else in the US): $108,000 – $124,000',
    'Equity is offered on top.',
  ].join('\n');

  it('gives the job the band of the row naming its city, over a span of every row', () => {
    expect(
      payForPlace(year(108_000, 150_000), rows, [{ raw: 'Phoenix', city: 'Phoenix', country: 'US' }]),
    ).toMatchObject(year(119_000, 136_000));
  });

  it("picks the row naming the job's city as a metro area when no row names its state", () => {
    const metros = [
      'Zone 1 (Boston metro, Seattle metro): $131,000 – $150,000',
      'Zone 2 (all other US locations): $108,000 – $124,000',
    ].join('\n');
    const boston = [{ raw: 'Boston, MA', city: 'Boston', region: 'MA', country: 'US' }];
    expect(payForPlace(year(131_000, 150_000), metros, boston)).toMatchObject(year(131_000, 150_000));
    const york = [{ raw: 'York, PA', city: 'York', region: 'PA', country: 'US' }];
    const nyc = metros.replace('Boston metro', 'New York City');
    expect(payForPlace(year(131_000, 150_000), nyc, york)).toMatchObject(year(108_000, 124_000));
  });

  it('gives a job placed only by its country the span, over the one row a widget showed', () => {
    expect(
      payForPlace(year(131_000, 150_000), rows, [{ raw: 'United States', country: 'US' }]),
    ).toMatchObject(year(108_000, 150_000));
  });

  it("reads a pay table's flattened rows, the places in the cells before each band", () => {
    const table = [
      'Rates vary by depot:',
      'Depot Hourly rate',
      'Akron (Summit County) $21.00 – $24.00',
      'Dayton (Montgomery County) $20.00 – $23.00',
      'Any other depot $19.00 – $22.00',
    ].join('\n');
    const hour = (min: number, max: number) => ({ min, max, currency: 'USD', period: 'HOUR' as const });
    const dayton = [{ raw: 'Dayton, OH', city: 'Dayton', region: 'OH', country: 'US' }];
    expect(payForPlace(hour(21, 24), table, dayton)).toMatchObject(hour(20, 23));
    const gbp = { min: 40_000, max: 52_000, currency: 'GBP', period: 'YEAR' as const };
    const zones = ['Zone A Inner London £46,000 – £52,000', 'Zone B All other sites £40,000 – £45,000'].join(
      '\n',
    );
    expect(payForPlace(gbp, zones, [{ raw: 'Leeds', city: 'Leeds', country: 'GB' }])).toMatchObject({
      min: 40_000,
      max: 45_000,
    });
  });

  it("reads the band the posting puts the job's town in, when no row names the town", () => {
    const rows =
      'Our shop pay depends on the zone.\nZone 1\tCentral London\t£31,000 – £34,000\nZone 2\tLarger cities\t£28,500 – £30,500\nZone 3\tAll other shops\t£26,000 – £28,000\n';
    const gbp = { min: 26_000, max: 34_000, currency: 'GBP', period: 'YEAR' as const };
    const bath = [{ raw: 'Bath, England', city: 'Bath', country: 'GB' }];
    expect(payForPlace(gbp, `${rows}Bath is a Zone 2 shop.`, bath)).toMatchObject({
      min: 28_500,
      max: 30_500,
    });
    expect(payForPlace(gbp, `${rows}We hire in Bath, so Zone 2 applies.`, bath)).toMatchObject({
      min: 28_500,
    });
    // No sentence ties the town to a zone: the row for every other place.
    expect(payForPlace(gbp, rows, bath)).toMatchObject({ min: 26_000, max: 28_000 });
  });
});

describe('bands in running text, each after its places as a label', () => {
  const text =
    "Pay depends on the hub you're based at. Atlanta: $78,000 - $92,000 a year. Chicago and Edison, NJ: $88,000 - $104,000 a year. Analysts also get a bonus.";

  it("reads the band labelled with the job's city, over a board's span of both", () => {
    const atlanta = [{ raw: 'Atlanta, GA', city: 'Atlanta', region: 'GA', country: 'US' }];
    expect(payForPlace(year(78_000, 104_000), text, atlanta)).toMatchObject({ min: 78_000, max: 92_000 });
    const edison = [{ raw: 'Edison, NJ', city: 'Edison', region: 'NJ', country: 'US' }];
    expect(payForPlace(year(78_000, 104_000), text, edison)).toMatchObject({ min: 88_000, max: 104_000 });
  });

  it('keeps the salary when the labels are not places', () => {
    const levels = 'Analyst: $78,000 - $92,000 a year. Senior analyst: $88,000 - $104,000 a year.';
    const atlanta = [{ raw: 'Atlanta, GA', city: 'Atlanta', region: 'GA', country: 'US' }];
    expect(payForPlace(year(78_000, 104_000), levels, atlanta)).toMatchObject({ min: 78_000, max: 104_000 });
  });
});
