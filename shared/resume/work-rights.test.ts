import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from './parse.ts';
import { readWorkRights } from './work-rights.ts';

const read = (text: string) => readWorkRights([text]);

describe('work rights read from a resume', () => {
  it('takes citizenship and "authorized to work in" as where the person may work', () => {
    expect(read('Indian citizen. Open to remote within India.').workAuthorization).toEqual(['IN']);
    expect(read('Open to remote within the US or Canada.').workAuthorization).toEqual(['US', 'CA']);
    // The US there is where the employer is: the person asks for roles that hire people in Canada.
    const canadian = read(
      'Canadian citizen. Looking for roles that are fully remote: remote in Canada, or US-remote roles that hire people in Canada.',
    );
    expect(canadian.workAuthorization).toEqual(['CA']);
    expect(read('Authorized to work in the US.').workAuthorization).toEqual(['US']);
    // The parenthesis says how, not where: a Blue Card is not the whole EU.
    expect(read('Authorized to work in Germany (EU Blue Card).').workAuthorization).toEqual(['DE']);
    const both = read('Right to work: British and Irish citizen (UK and EU).').workAuthorization;
    expect(both).toEqual(expect.arrayContaining(['GB', 'IE', 'DE', 'FR']));
  });

  it('reads a citizenship written with the country\'s own name or short form ("US citizen", "NZ passport")', () => {
    const both = read('NZ passport holder, with full working rights in Australia too.');
    expect(both.workAuthorization).toEqual(['NZ', 'AU']);
    expect(both.citizenship).toEqual(['NZ']);
    expect(read('US citizen; open to hybrid roles.').citizenship).toEqual(['US']);
    // Only the name right before the word: a place earlier in the sentence is not a citizenship.
    expect(read('Moving to the UK in March, Canadian citizen.').citizenship).toEqual(['CA']);
  });

  it('reads a labelled nationality or citizenship field ("Nationality: Irish")', () => {
    expect(read('Nationality: Irish').citizenship).toEqual(['IE']);
    expect(read('Citizenship: British, Irish').workAuthorization).toEqual(['GB', 'IE']);
  });

  it('reads "full working rights in X", and a parenthesis as reach, never as a citizenship', () => {
    const nz = read(
      'Dutch citizen living in Perth - full working rights in Australia (no sponsorship needed).',
    );
    expect(nz.workAuthorization).toEqual(['NL', 'AU']);
    expect(nz.citizenship).toEqual(['NL']);
    expect(nz.requiresSponsorship).toBe(false);
    const stamp = read('Kenyan citizen - Stamp 4 (free to work in Ireland).');
    expect(stamp.workAuthorization).toEqual(expect.arrayContaining(['KE', 'IE']));
    expect(stamp.citizenship).toEqual(['KE']);
  });

  it('keeps a need for sponsorship that is scoped to other countries out of the yes/no answer', () => {
    expect(
      read('Indian citizen. Requires visa sponsorship for roles outside India.').requiresSponsorship,
    ).toBeNull();
    expect(read('Would require visa sponsorship for the UK or US.').requiresSponsorship).toBeNull();
    expect(read('F-1 STEM OPT; will require H-1B sponsorship in the future.').requiresSponsorship).toBe(true);
    expect(read('I do not require sponsorship.').requiresSponsorship).toBe(false);
    // A visa for another country, said by someone who lives elsewhere, is that country's question.
    expect(
      readWorkRights(['Will require a Skilled Worker visa for any UK-based role.'], 'NG').requiresSponsorship,
    ).toBeNull();
    expect(readWorkRights(['Currently on an H-1B visa in the US.'], 'US').requiresSponsorship).toBe(true);
  });

  it('leaves a need scoped to another country named before it ("UK-based roles would need sponsorship")', () => {
    const home = (text: string) => readWorkRights([text], 'IE').requiresSponsorship;
    expect(home('Stamp 4 holder, free to work in Ireland. UK-based roles would need sponsorship.')).toBe(
      null,
    );
    expect(home('Any role in Ireland would need visa sponsorship.')).toBe(true);
    // A citizenship named first is not where the need applies.
    expect(home('Citizen of Brazil, so I would need sponsorship.')).toBe(true);
    expect(home('Brazil passport; I will need sponsorship.')).toBe(true);
  });

  it('reads a permit tied to the employer as a need for the next employer to sponsor', () => {
    const tied = ['On a Critical Skills permit; any new employer would have to apply for a fresh permit.'];
    expect(readWorkRights(tied, 'IE').requiresSponsorship).toBe(true);
    expect(read('My next employer must be a licensed sponsor.').requiresSponsorship).toBe(true);
    expect(read('Excited to bring this to a new employer.').requiresSponsorship).toBeNull();
    expect(read('A new employer would not need to sponsor me.').requiresSponsorship).toBeNull();
  });

  it('reads relocation both ways and the ways of working asked for', () => {
    expect(read('Willing to relocate to Europe (Germany, Netherlands).').willingToRelocate).toBe(true);
    expect(read('Not looking to relocate abroad.').willingToRelocate).toBe(false);
    const wanted = readWorkRights(
      [
        'Kenyan citizen. Seeking remote work for UK firms, or a relocation to Ireland or Sweden with sponsorship (Critical Skills / EU Blue Card).',
      ],
      'KE',
    );
    expect(wanted).toMatchObject({
      willingToRelocate: true,
      relocateTo: ['IE', 'SE'],
      workTypes: ['remote'],
    });
    // A move named among what the search turns down is a refusal, not an offer.
    expect(read('Not looking for contract roles or a relocation.').willingToRelocate).toBe(false);
    expect(read('Pharmacist moving from retail into a remote medication review role.').workTypes).toEqual([
      'remote',
    ]);
    expect(read('Open to posts locally, or international schools abroad.').willingToRelocate).toBe(true);
    expect(read('Open to London hybrid or remote within UK/Ireland.').workTypes).toEqual([
      'remote',
      'hybrid',
    ]);
    expect(read('Remote only.').workTypes).toEqual(['remote']);
    // The home area's roles, then remote: an office there is welcome too.
    expect(read('Open to Columbus-area positions or fully remote roles in the US.').workTypes).toEqual([
      'remote',
      'hybrid',
      'onsite',
    ]);
    // A move anywhere makes an office acceptable; a move to another named country, only an office there.
    expect(read('Open to remote roles. Willing to relocate.').workTypes).toContain('onsite');
    const abroad = readWorkRights(['Open to remote roles. Willing to relocate to Canada.'], 'PH');
    expect(abroad).toMatchObject({ workTypes: ['remote'], relocateTo: ['CA'], willingToRelocate: true });
    expect(read('Led the remote team through a hybrid cloud migration.').workTypes).toEqual([]);
  });

  it('leaves out the ways of working and the move a sentence turns down', () => {
    expect(
      read('I only work remotely from Denver - not open to office, hybrid or relocating.'),
    ).toMatchObject({
      workTypes: ['remote'],
      willingToRelocate: false,
    });
    expect(read('Open to remote roles, not interested in on-site or hybrid work.').workTypes).toEqual([
      'remote',
    ]);
    // A "but" ends the refusal: what follows it is asked for.
    expect(read('Not open to hybrid roles, but happy to relocate for an on-site one.')).toMatchObject({
      workTypes: ['onsite'],
      willingToRelocate: true,
    });
  });

  it('reads a search kept to one metro area as no offer to move', () => {
    expect(read('Seeking an ICU post at a Cleveland-area hospital.').willingToRelocate).toBe(false);
    expect(read('Looking for roles in the Minneapolis metro (city or suburbs).').willingToRelocate).toBe(
      false,
    );
    expect(read('Open to schools across metropolitan Adelaide.').willingToRelocate).toBe(false);
    expect(read('Want an office job in Cork or within commuting distance.').willingToRelocate).toBe(false);
    // Two areas name two places to work; a past area and a move said too are no limit.
    expect(read('Looking for roles in the Bay Area or the Seattle area.').willingToRelocate).toBeUndefined();
    expect(read('Covered clinics across the Greater Boston area.').willingToRelocate).toBeUndefined();
    // One city to work in person, beside remote, is such an area: an office elsewhere is a move.
    expect(
      read('Looking for a Senior Lifecycle Marketing Manager role, hybrid in Chicago or remote US.')
        .willingToRelocate,
    ).toBe(false);
    expect(
      read('Open to hybrid in Chicago or fully remote roles; willing to relocate.').willingToRelocate,
    ).toBe(true);
    // Work elsewhere in the country named as another choice: the area is where they live, not a limit.
    expect(
      read(
        'Looking for a practice educator post in Greater Manchester or the North West, or a hybrid role elsewhere in England with no more than two days a week on site.',
      ).willingToRelocate,
    ).toBeUndefined();
    expect(read('Willing to relocate. Looking for roles in the Austin area.').willingToRelocate).toBe(true);
    expect(read('Looking for roles in the Austin area. Willing to relocate.').willingToRelocate).toBe(true);
  });

  it('reaches the profile a resume import builds, with the sentence each value came from', () => {
    const draft = parseResumeText(
      'Arjun Deshpande\nPune, India | arjun@example.com\nIndian citizen. Willing to relocate to Germany.\n\nEXPERIENCE\nPlatform Engineer - Acme (2020-present)\n- Built CI',
    );
    const profile = draftToProfile(draft);
    expect(profile.workAuthorization).toEqual(['IN']);
    expect(profile.location.willingToRelocate).toBe(true);
    expect(profile.location.relocateTo).toEqual(['DE']);
    expect(draft.workRights.evidence.map((e) => e.rule)).toEqual(['citizen', 'relocate']);
  });

  it('keeps where a move is welcome: "within the EU, but not outside it" is the EU, not anywhere', () => {
    const profile = draftToProfile(
      parseResumeText(
        'Ines Carvalho\nBerlin, Germany | ines@example.com\nEU citizen (Portuguese passport).\nI would relocate within the EU for the right team, but not outside it.\n\nEXPERIENCE\nData Engineer - Acme (2021-present)\n- Built pipelines',
      ),
    );
    expect(profile.location.willingToRelocate).toBe(true);
    expect(profile.location.relocateTo).toEqual(expect.arrayContaining(['DE', 'NL', 'PT']));
    expect(profile.location.relocateTo).not.toContain('GB');
    // A move without a place named stays a move anywhere.
    const anywhere = draftToProfile(
      parseResumeText(
        'Sam Lee\nAustin, TX | sam@example.com\nWilling to relocate.\n\nEXPERIENCE\nEngineer - Acme (2021-present)\n- Built APIs',
      ),
    );
    expect(anywhere.location.relocateTo).toBeUndefined();
  });
});

describe('residence and employer-tied visas', () => {
  it('a permanent resident may work where they reside, named or not', () => {
    expect(readWorkRights(['Singapore Permanent Resident']).workAuthorization).toEqual(['SG']);
    expect(readWorkRights(['Permanent resident (PR holder)'], 'AU').workAuthorization).toEqual(['AU']);
    expect(readWorkRights(['UK: indefinite leave to remain']).workAuthorization).toContain('GB');
  });

  it('a Swiss settlement permit (C) is residence in Switzerland, a B permit the right to work there', () => {
    expect(readWorkRights(['Portuguese national, Swiss settlement permit C'])).toMatchObject({
      citizenship: ['PT'],
      permanentResidence: ['CH'],
    });
    expect(readWorkRights(['Permis B (autorisation de séjour)']).workAuthorization).toEqual(['CH']);
    expect(readWorkRights(['Niederlassungsbewilligung C']).permanentResidence).toEqual(['CH']);
    expect(readWorkRights(['My plan B permit application is pending'], 'US').workAuthorization).toEqual([]);
  });

  it('keeps citizenship apart from permanent residence, for postings open to citizens only', () => {
    const pr = readWorkRights(['Indian citizen; Singapore Permanent Resident']);
    expect(pr).toMatchObject({ citizenship: ['IN'], permanentResidence: ['SG'] });
    expect(pr.workAuthorization).toEqual(expect.arrayContaining(['IN', 'SG']));
    expect(readWorkRights(['US green card holder']).permanentResidence).toEqual(['US']);
    const profile = draftToProfile(
      parseResumeText('Ana Silva\nToronto, Canada | ana@example.com\nCanadian citizen'),
    );
    expect(profile.citizenship).toEqual(['CA']);
    expect(profile.permanentResidence).toBeUndefined();
  });

  it('Stamp 4 and "no longer need a permit" are the right to work there; a need scoped abroad stays abroad', () => {
    const r = readWorkRights([
      'Right to work: Stamp 4. I no longer need a permit for any Irish employer.',
      'Indian citizen, so a role based outside Ireland would need visa sponsorship; I would relocate within Europe if sponsored.',
    ]);
    expect(r.workAuthorization).toEqual(expect.arrayContaining(['IE', 'IN']));
    expect(r.requiresSponsorship).toBeNull();
    expect(r.willingToRelocate).toBe(true);
  });

  it('a city named as the other way to work beside remote welcomes its office, hybrid or on-site', () => {
    const both = ['remote', 'hybrid', 'onsite'];
    expect(read('Seeking senior data roles, Denver or remote (US).').workTypes).toEqual(both);
    expect(read('Looking for a lead role in San Francisco or fully remote.').workTypes).toEqual(both);
    expect(read('Looking for remote work in Canada or in Toronto.').workTypes).toEqual(both);
    // A country beside remote is where the remote work is, not an office; a way of working said stays.
    expect(read('Looking for remote roles with UK or European companies.').workTypes).toEqual(['remote']);
    expect(read('Open to Denver hybrid or remote within the US.').workTypes).toEqual(['remote', 'hybrid']);
  });

  it('an H-1B holder needs the next employer to sponsor a transfer', () => {
    const r = readWorkRights([
      'Work authorization: currently on H-1B; will need an H-1B transfer (I-140 approved).',
    ]);
    expect(r.requiresSponsorship).toBe(true);
    expect(r.evidence.map((e) => e.rule)).toContain('visa-holder');
  });

  it('"no visa needed" is not a need', () => {
    expect(readWorkRights(['Authorized to work in the US; no visa needed.']).requiresSponsorship).toBeNull();
  });
});

describe('an employment permit, as Ireland names a work permit', () => {
  it('needed for the next job is sponsorship, and never a right to work there', () => {
    const stamp1g = read('On a Stamp 1G visa; a new job will need a Critical Skills Employment Permit.');
    expect(stamp1g.requiresSponsorship).toBe(true);
    const needs = read('Requires an employment permit to work in Ireland.');
    expect(needs).toMatchObject({ requiresSponsorship: true, workAuthorization: [] });
  });

  it('not needed leaves the right to work as said', () => {
    expect(
      read('Authorized to work in the US; I will not require a visa now or in the future.'),
    ).toMatchObject({
      workAuthorization: ['US'],
    });
    expect(read('Irish citizen - no visa or employment permit needed.').requiresSponsorship).not.toBe(true);
  });
});

describe("an employer's filing, as Canada names sponsorship (LMIA, a provincial nomination)", () => {
  it('needed to stay is sponsorship', () => {
    const pgwp = read(
      'I will need employer support (LMIA or a BC PNP nomination) to keep working in Canada after that.',
    );
    expect(pgwp.requiresSponsorship).toBe(true);
    expect(pgwp.evidence[0]?.rule).toBe('employer-filing');
    expect(read('Will require an LMIA to change employers.').requiresSponsorship).toBe(true);
  });

  it('named without a need, or as not needed, is not', () => {
    expect(read('Open work permit (LMIA-exempt).').requiresSponsorship).toBeNull();
    expect(read('No LMIA needed: open work permit to 2028.').requiresSponsorship).toBeNull();
    expect(read('On an employer-specific (LMIA-based) work permit.').requiresSponsorship).toBeNull();
  });
});
