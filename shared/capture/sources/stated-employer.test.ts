import { describe, expect, it } from 'vitest';
import { employerNamed, statedEmployer, tradingBrand } from './stated-employer.ts';

describe('the employer a posting names itself', () => {
  it('reads who employs the person, without the legal form', () => {
    expect(
      employerNamed('If hired, you will be employed by Osprey Valley Dairy, LLC, not by the group.'),
    ).toBe('Osprey Valley Dairy');
    expect(employerNamed('This role is with Kestrel Mills, the paper business of Harrow Holdings.')).toBe(
      'Kestrel Mills',
    );
    expect(employerNamed("You'll be a Tamarind employee from day one.")).toBe('Tamarind');
  });

  it('does not take a client, a team or an employer of record for the employer', () => {
    expect(employerNamed('You will be employed by our client, a regional bank.')).toBeNull();
    expect(employerNamed('This role is with Client Services team in Leeds.')).toBeNull();
    expect(
      employerNamed(
        'In Portugal you will be employed by Remotely, our Employer of Record, on a local contract.',
      ),
    ).toBeNull();
  });

  it('names a trading brand when the company found is its legal entity or parent', () => {
    const line = 'Fennick is a trading name of Fennick Property Services Ltd, part of Ashgrove plc.';
    expect(tradingBrand('Ashgrove', line)).toBe('Fennick');
    expect(tradingBrand('Fennick', line)).toBeNull();
    expect(tradingBrand('Otterly', line)).toBeNull();
    expect(
      tradingBrand('Marlow Holdings LLC', 'Marlow Holdings LLC d/b/a Pebble Dental runs six clinics.'),
    ).toBe('Pebble Dental');
  });

  it("overrides an agency's or a parent's name only when the posting names someone else", () => {
    const text = 'This is a direct-hire role: you will be employed by Tern Avionics from your first day.';
    expect(statedEmployer('Harlow Talent Partners', text)?.name).toBe('Tern Avionics');
    expect(statedEmployer('Tern Avionics, Inc.', text)).toBeNull();
    expect(statedEmployer('Tern', 'You will be a Tern employee.')).toBeNull();
    expect(statedEmployer(null, 'You will be a Tern employee.')?.name).toBe('Tern');
  });

  it('names the subsidiary a holding company says it owns, when the holding is the company found', () => {
    const text =
      'About us\nHarrowgate Bank, N.A. is the principal subsidiary of Harrowgate Financial Corp. and lends in Ohio.';
    expect(statedEmployer('Harrowgate Financial Corp.', text)?.name).toBe('Harrowgate Bank');
    expect(statedEmployer('Some Other Co', text)).toBeNull();
  });

  it("does not take a fiscal sponsor that employs a project's staff for payroll as the employer", () => {
    const text =
      'Riverbend Choir is a fiscally sponsored project of the Elm County Trust. For payroll and legal purposes you will be an employee of the Elm County Trust.';
    expect(statedEmployer('Riverbend Choir', text)).toBeNull();
    expect(employerNamed('You will be an employee of the Elm County Trust from your first day.')).toBe(
      'Elm County Trust',
    );
  });
});

describe("a separate organisation on the company's own site", () => {
  it('reads "employed by the Trust, not by X" as the full name the posting spells out', () => {
    const text =
      'The Harbour Point Arts Trust is an independent charity. This role is employed by the Trust, not by Harbour Point Council.';
    expect(statedEmployer('Harbour Point Council', text)?.name).toBe('Harbour Point Arts Trust');
  });

  it('keeps the company when the sentence does not turn it down', () => {
    const text = 'The Harbour Point Arts Trust is our charity arm. This role is employed by Harbour Point.';
    expect(statedEmployer('Harbour Point', text)).toBeNull();
  });

  it('expands only a short form after "the", not a name given whole', () => {
    expect(
      employerNamed('About Tallow\nTallow makes candles. You will be employed by Tallow Ltd from day one.'),
    ).toBe('Tallow');
  });
});
