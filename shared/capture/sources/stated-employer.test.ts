import { describe, expect, it } from 'vitest';
import {
  employerNamed,
  hiringMember,
  renamedCompany,
  statedEmployer,
  tradingBrand,
} from './stated-employer.ts';

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

describe('names read from how postings word the employer', () => {
  it('does not take a tax or hours status for a name', () => {
    expect(employerNamed("It's a salaried role and you'll be a W-2 employee of our US entity.")).toBeNull();
    expect(employerNamed('You will be a Full-time employee with benefits.')).toBeNull();
  });

  it('reads a plural role as the subject, and a French employer line', () => {
    const text =
      'The Quillby Housing Collective runs the residency. Residents are employed by the Collective.';
    expect(employerNamed(text)).toBe('Quillby Housing Collective');
    expect(
      employerNamed('Votre employeur sera Fromagerie Lavallée S.E.N.C.; nous ne sommes pas l’employeur.'),
    ).toBe('Fromagerie Lavallée');
  });

  it('ends a trading name at its sentence', () => {
    expect(
      tradingBrand(
        'Pellow Nominees Pty Ltd',
        '© Pellow Nominees Pty Ltd, trading as Saltmarsh Cider. ABN 55 123.',
      ),
    ).toBe('Saltmarsh Cider');
  });

  it("takes a renamed company's new name when the old one is the company found", () => {
    const text = 'Heads up: Brisket Labs is now Ovenbird. Same team, new name.';
    expect(renamedCompany('Brisket Labs', text)).toBe('Ovenbird');
    expect(renamedCompany('Someone Else', text)).toBeNull();
    expect(renamedCompany('Tansy Analytics', 'Join Kelpie (formerly Tansy Analytics) in Leeds.')).toBe(
      'Kelpie',
    );
    expect(renamedCompany('Brisket Labs', 'Brisket Labs is now hiring in Denver.')).toBeNull();
    expect(statedEmployer('Brisket Labs', text)?.name).toBe('Ovenbird');
  });
});

describe("an agency's on-roll hire for its client", () => {
  it('reads whose payroll the person is on as the employer', () => {
    expect(employerNamed("You will be on Marigold Credit's payroll from your first day.")).toBe(
      'Marigold Credit',
    );
    expect(employerNamed('You would be on the payroll of Teakwood Finance Ltd from the start.')).toBe(
      'Teakwood Finance',
    );
  });

  it('does not take an employer of record for the employer', () => {
    expect(employerNamed("You will be on Payvault's payroll, our employer of record.")).toBeNull();
  });
});

describe('the employer named in apposition', () => {
  it('reads "X, qui sera ton employeur" and "X, who will be your employer" (a school posting for a partner)', () => {
    expect(
      employerNamed(
        'Le contrat sera signé avec Atelier Pomme, qui sera ton employeur ; nous serons ton école.',
      ),
    ).toBe('Atelier Pomme');
    expect(employerNamed('You sign with Harbor Kites, who will be your employer for the two years.')).toBe(
      'Harbor Kites',
    );
  });

  it("takes a brand's own site for the brand when its footer names the parent group", () => {
    const page = `Pour-over and pastries every morning. ${'Serve guests with care. '.repeat(100)}Shift Lead Tacoma, WA $19/hour © 2025–2026 Copperkettle Coffee, LLC, a Halvard Hospitality company. All rights reserved.`;
    expect(hiringMember('Halvard Hospitality', page)).toBe('Copperkettle Coffee');
    expect(hiringMember('Copperkettle Coffee', page)).toBeNull();
    expect(
      hiringMember('Halvard Hospitality', 'Copyright 2026 Halvard Hospitality. All rights reserved.'),
    ).toBeNull();
  });
});
