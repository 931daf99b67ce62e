import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { payInputTitled } from './greenhouse-pay.ts';

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
