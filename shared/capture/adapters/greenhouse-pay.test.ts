import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseLocations } from '../normalize/location.ts';
import { bandOfSpans } from '../sources/pay-ends.ts';
import { payInputsForPlaces, payInputTitled } from './greenhouse-pay.ts';

const band = (title: string, low: string, high: string) =>
  `<div class="pay-input"><div class="title">${title}</div><div class="description"><p>Ranges by level.</p></div><div class="pay-range"><span>${low}</span><span class="divider">&mdash;</span><span>${high} USD</span></div></div>`;
const page = (...bands: string[]) =>
  parseHTML(`<html><body><div class="content-pay-transparency">${bands.join('')}</div></body></html>`)
    .document;

describe('Greenhouse pay input titled as the posting', () => {
  it("picks the band whose title is the posting's title among bands by level", () => {
    const doc = page(
      band('Support Analyst I', '$51,000', '$60,000'),
      band('Lead Support Analyst', '$74,000', '$88,000'),
    );
    expect(payInputTitled(doc, 'Lead Support Analyst')).toMatchObject({
      min: 74000,
      max: 88000,
      period: 'YEAR',
    });
  });

  it('accepts a band title that names the posting with more words', () => {
    const doc = page(
      band('Lead Support Analyst base range', '$74,000', '$88,000'),
      band('Support Analyst I', '$51,000', '$60,000'),
    );
    expect(payInputTitled(doc, 'Lead Support Analyst')).toMatchObject({ min: 74000, max: 88000 });
  });

  it('leaves bands by office, or a single band, to the later readings', () => {
    const offices = page(
      band('Denver base range', '$90,000', '$99,000'),
      band('Austin base range', '$85,000', '$94,000'),
    );
    expect(payInputTitled(offices, 'Lead Support Analyst')).toBeNull();
    expect(
      payInputTitled(page(band('Lead Support Analyst', '$74,000', '$88,000')), 'Lead Support Analyst'),
    ).toBeNull();
  });
});

describe('Greenhouse pay inputs titled by office', () => {
  const doc = page(
    band('Austin hub pay range', '$96,000', '$112,000'),
    band('Boston hub pay range', '$108,000', '$126,000'),
    band('Denver hub pay range', '$99,000', '$115,000'),
  );

  it("spans the bands of the job's offices, or takes its one office's band", () => {
    const two = parseLocations('Austin, TX or Denver, CO');
    expect(payInputsForPlaces(doc, two)).toMatchObject({ min: 96000, max: 115000 });
    expect(payInputsForPlaces(doc, parseLocations('Boston, MA'))).toMatchObject({ min: 108000, max: 126000 });
  });

  it('reads nothing where an office titles no band or the job names no city', () => {
    expect(payInputsForPlaces(doc, parseLocations('Austin, TX or Chicago, IL'))).toBeNull();
    expect(payInputsForPlaces(doc, parseLocations('Remote - US'))).toBeNull();
  });
});

describe('Greenhouse pay inputs titled by pay zone', () => {
  const doc = page(
    band('Zone A (San Francisco Bay Area, New York City, Seattle)', '$176,000', '$207,000'),
    band('Zone B (Austin, Boston, Chicago and others)', '$158,000', '$186,000'),
    band('Zone C (all other US locations)', '$141,000', '$166,000'),
  );

  it('a job remote in the country pays from the lowest zone to the highest', () => {
    expect(payInputsForPlaces(doc, parseLocations('Remote - United States'))).toMatchObject({
      min: 141000,
      max: 207000,
    });
  });

  it("a job in one city named by one zone pays that zone's band", () => {
    expect(payInputsForPlaces(doc, parseLocations('Chicago, IL'))).toMatchObject({
      min: 158000,
      max: 186000,
    });
  });
});

describe("a band's ends in spans around a divider drawn by CSS", () => {
  it('reads both ends as the range', () => {
    const range = parseHTML(
      '<div class="pay-range"><span>$68,000</span><span class="divider"></span><span>$78,000 USD</span></div>',
    ).document.querySelector('.pay-range')!;
    expect(bandOfSpans(range)).toMatchObject({ min: 68000, max: 78000, currency: 'USD' });
  });
});
