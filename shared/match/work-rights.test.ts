import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { postingRights } from './posting-rights.ts';
import { prepareProfile } from './profile.ts';
import { degreeOf } from './requirement-item.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob } from './testing.ts';

const RESUME = (rights: string) =>
  `Arjun Deshpande\nPune, India | arjun@example.com\n${rights}\n\nEXPERIENCE\nStaff Platform Engineer - Vistara, Pune (2015-present)\n- Built the Kubernetes platform with Terraform`;
const berlin = (benefits: string) =>
  makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Kubernetes and Terraform\n${benefits}`, {
    title: 'Staff Platform Engineer',
    locationText: 'Berlin, Germany (Hybrid)',
  });
const match = (rights: string, benefits: string) =>
  scoreMatch(
    prepareProfile(draftToProfile(parseResumeText(RESUME(rights))), null),
    prepareJob(berlin(benefits)),
  );

describe('work rights, one rule', () => {
  it('a posting abroad that sponsors visas is open to someone who needs one and would move', () => {
    const r = match(
      'Indian citizen. Requires visa sponsorship for roles outside India. Willing to relocate to Germany.',
      'Visa sponsorship and relocation support offered.',
    );
    expect(r.dealBreakers).toEqual([]);
    expect(r.score).toBeGreaterThan(50);
  });

  it('is a deal-breaker for someone who says they will not move, sponsorship or not', () => {
    const r = match(
      'Indian citizen. Not looking to relocate abroad.',
      'Visa sponsorship and relocation support offered.',
    );
    expect(r.dealBreakers[0]).toMatch(/another country/);
  });

  it('is a deal-breaker when the posting offers no sponsorship to someone who needs it', () => {
    const r = match('Indian citizen. Willing to relocate to Germany.', 'We are unable to sponsor visas.');
    expect(r.dealBreakers[0]).toMatch(/sponsorship/);
  });

  it('ranks a posting that sponsors above one silent about it, for someone who needs a visa, and says why', () => {
    const rights =
      'Indian citizen. Requires visa sponsorship for roles outside India. Willing to relocate to Germany.';
    const silent = match(rights, 'Relocation package and a learning budget.');
    const perks = [
      '- Visa sponsorship, relocation package and temporary housing',
      'We welcome applicants on work visas and sponsor H-1B visas and green cards.',
      'Residence visa and work permit provided by the company.',
    ];
    for (const line of perks) {
      const sponsors = match(rights, line);
      expect(sponsors.score, line).toBeGreaterThan(silent.score);
      expect(
        sponsors.adjustments?.some((a) => a.kind === 'work_rights'),
        line,
      ).toBe(false);
    }
    expect(silent.adjustments?.find((a) => a.kind === 'work_rights')).toMatchObject({
      points: expect.any(Number),
      detail: expect.stringMatching(/does not say whether it sponsors/),
    });
    // A perks line after a heading that ends in a colon is the same offer.
    expect(postingRights('What we offer:\n- Visa sponsorship: for you and your family').sponsorship).toBe(
      'offered',
    );
    // An employer that applies for the permit itself sponsors, in whatever words it uses.
    for (const offer of [
      'We are a licensed sponsor with the Home Office.',
      'We will apply for the work permit on your behalf.',
      'Our firm can support your residence permit application.',
      'Pass holders are welcome: the company will apply for the relevant pass.',
    ])
      expect(postingRights(offer).sponsorship).toBe('offered');
    expect(postingRights('You will need to apply for a visa yourself.').sponsorship).toBe('unknown');
    // A refusal worded as a perks line is still a refusal.
    expect(match(rights, '- Visa sponsorship: not available for this role').dealBreakers[0]).toMatch(
      /sponsorship/,
    );
    // Someone who may already work there loses nothing for the posting's silence.
    const citizen = match('German citizen. Willing to relocate.', 'Relocation package.');
    expect(citizen.adjustments?.some((a) => a.kind === 'work_rights')).toBe(false);
    // So does a citizen of another country whose people move freely there (a Portuguese national in Berlin).
    const european = match('Portuguese citizen. Willing to relocate.', 'Relocation package.');
    expect(european.adjustments?.some((a) => a.kind === 'work_rights')).toBe(false);
  });

  it("reads \"Bachelor's or Master's\" as a bachelor's asked, and a season as a resume date", () => {
    expect(degreeOf("Bachelor's or Master's degree in Computer Science")).toBe(2);
    expect(degreeOf('PhD in Physics')).toBe(4);
    const intern = parseResumeText(
      'Wei\nwei@example.com\n\nEXPERIENCE\nSoftware Engineering Intern - Prairie, Chicago (Summer 2025)\n- Built an API',
    );
    expect(intern.experience[0]).toMatchObject({
      title: 'Software Engineering Intern',
      start: '2025-06',
      end: '2025-08',
    });
  });
});

describe('a person who will not move', () => {
  const resume = (stay: string) =>
    `Amelia Tran\nMelbourne, VIC, Australia | amelia@example.com\n${stay}\n\nEXPERIENCE\nClinical Nurse Specialist - Northern Health, Melbourne (2014-present)\n- Led the cardiology ward's shift and CCU admissions`;
  const location = (stay: string, where: string) =>
    scoreMatch(
      prepareProfile(draftToProfile(parseResumeText(resume(stay))), null),
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Cardiac nursing`, {
          title: 'Nurse Unit Manager',
          locationText: where,
        }),
      ),
    ).factors.find((f) => f.factor === 'location')!.score;

  it('finds an office in another state far less good than one who did not say', () => {
    expect(location('Not looking to relocate.', 'Sydney, NSW')).toBeLessThan(location('', 'Sydney, NSW'));
    expect(location('Not looking to relocate.', 'Geelong, VIC')).toBeGreaterThan(
      location('Not looking to relocate.', 'Sydney, NSW'),
    );
  });
});

describe('a posting that sponsors H-1B transfers only', () => {
  const posting = (rights: string) =>
    prepareJob(
      makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Go and PostgreSQL\n${rights}`, {
        title: 'Backend Engineer',
      }),
    );
  it('is open to someone who needs sponsorship, with a note to check, and a refusal of transfers is not', () => {
    const resume =
      'Aditi Raman\nBrooklyn, NY | a@example.com\nWork status: H-1B (current). Will need an H-1B transfer.\n\nEXPERIENCE\nBackend Engineer - Tallyline, New York (2021-present)\n- Built the Go ledger on PostgreSQL';
    const p = prepareProfile(draftToProfile(parseResumeText(resume)), null);
    const ok = scoreMatch(
      p,
      posting(
        'We support H-1B transfers for candidates already on an H-1B. We are unable to sponsor new H-1B petitions.',
      ),
    );
    expect(ok.dealBreakers).toEqual([]);
    expect(ok.gaps.map((g) => g.text).join(' ')).toMatch(/H-1B transfers but no new petitions/);
    const no = scoreMatch(p, posting('We are unable to sponsor visas, including H-1B transfers.'));
    expect(no.dealBreakers[0]).toMatch(/offers none/);
  });
});

describe('postal districts', () => {
  it('reads "Rialto, Dublin 8" as Dublin, and an office in Dublin 2 as the same city', () => {
    const resume =
      'Siobhán Geraghty\nRialto, Dublin 8 | s@example.ie\n\nEXPERIENCE\nPhysiotherapist - St Columba, Dublin (2018-present)\n- Ran the MSK outpatient caseload';
    const p = prepareProfile(draftToProfile(parseResumeText(resume)), null);
    const r = scoreMatch(
      p,
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- MSK physiotherapy`, {
          title: 'Physiotherapist',
          locationText: 'Dublin 2, Ireland',
        }),
      ),
    );
    expect(r.factors.find((f) => f.factor === 'location')?.score).toBe(1);
  });
});

describe('a remote posting open to several countries', () => {
  it('is judged by the country the person may work from, and a citizen needs no visa at home', () => {
    const resume =
      'Temi Ade\nLagos, Nigeria | t@example.com | Nigerian citizen\nI want a remote role; I would need a Skilled Worker visa for any UK-based role. Happy to relocate to the UK.\n\nEXPERIENCE\nJunior Accountant - Okoye & Co, Lagos (2023-present)\n- Bookkeeping and VAT returns in Xero';
    const p = prepareProfile(draftToProfile(parseResumeText(resume)), null);
    const posting = (locationText: string) =>
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Xero and VAT returns`, {
          title: 'Accountant',
          locationText,
        }),
      );
    const africa = scoreMatch(p, posting('Remote - Africa (Kenya, Nigeria, Ghana)'));
    expect(africa.adjustments?.some((a) => a.kind === 'work_rights')).toBe(false);
    expect(africa.gaps.map((g) => g.text).join(' ')).not.toMatch(/sponsorship/i);
    const uk = scoreMatch(p, posting('Birmingham, United Kingdom'));
    expect(uk.gaps.map((g) => g.text).join(' ')).toMatch(/sponsorship for GB/);
  });
});

describe('remote, or a move to one named country', () => {
  it('counts an office abroad as the move offered (the second route, below remote) and an office at home as not what was asked', () => {
    const resume =
      'Rosa Dela Cruz\nCebu, Philippines | r@example.com\nLooking for remote payroll roles with Australian firms. Willing to relocate to Australia.\n\nEXPERIENCE\nPayroll Officer - Lumen BPO, Cebu (2020-present)\n- Ran fortnightly payroll in Xero';
    const p = prepareProfile(draftToProfile(parseResumeText(resume)), null);
    const remoteScore = (locationText: string) =>
      scoreMatch(
        p,
        prepareJob(
          makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Payroll in Xero`, {
            title: 'Payroll Officer',
            locationText,
          }),
        ),
      ).factors.find((f) => f.factor === 'remote')!.score;
    const move = remoteScore('Brisbane, QLD, Australia (On-site)');
    expect(move).toBeGreaterThan(0.5);
    expect(move).toBeLessThan(remoteScore('Remote - Australia')!);
    expect(remoteScore('Cebu City, Philippines (On-site)')).toBeLessThan(0.5);
  });
});

describe('remote within named states', () => {
  it('is a deal-breaker for someone living in another state, and fine for someone in one of them', () => {
    const resume = (place: string) =>
      `Dana Whitfield\n${place} | d@example.com\nLooking for remote claims review roles.\n\nEXPERIENCE\nClaims Reviewer - Acme Mutual (2019-present)\n- Reviewed medical claims against policy`;
    const job = prepareJob(
      makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Medical claims review`, {
        title: 'Claims Reviewer',
        locationText: 'Remote - OR, WA, ID',
      }),
    );
    const score = (place: string) =>
      scoreMatch(prepareProfile(draftToProfile(parseResumeText(resume(place))), null), job);
    expect(score('Denver, CO').dealBreakers[0]).toMatch(/Remote only from OR\/WA\/ID; you live in CO/);
    expect(score('Boise, ID').dealBreakers).toEqual([]);
  });
});

describe('a posting that will consider people who need sponsorship', () => {
  it('sponsors', () => {
    const text =
      'Immigration\nParcelry will consider candidates who require visa sponsorship, including H-1B transfers.';
    expect(postingRights(text).sponsorship).toBe('offered');
  });
});

describe("the employer's filing for the worker (Canada's LMIA, a provincial nomination)", () => {
  it('supported is sponsorship offered; refused is none', () => {
    const offered = [
      'For permanent employees, we support LMIA applications and BC PNP Tech nominations.',
      'We have supported LMIA and BC PNP applications for members of this team and will do so for this role.',
    ];
    for (const text of offered) expect(postingRights(text).sponsorship).toBe('offered');
    const refused = [
      'We are unable to support LMIA applications for this position.',
      'We cannot support LMIA or work permit applications for this role.',
    ];
    for (const text of refused) expect(postingRights(text).sponsorship).toBe('none');
  });

  it('refused is a deal-breaker for someone who needs one; a posting that supports it is not', () => {
    const pgwp = prepareProfile(
      draftToProfile(
        parseResumeText(
          'Thiago Moreira\nVancouver, BC | thiago@example.com\nPost-Graduation Work Permit (open). I will need employer support (LMIA or a BC PNP nomination) to keep working in Canada.\n\nEXPERIENCE\nData Engineer - Tidewater, Vancouver (2019-present)\n- Built Airflow pipelines into Snowflake',
        ),
      ),
      null,
    );
    const job = (rights: string) =>
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Airflow and Snowflake\n${rights}`, {
          title: 'Data Engineer',
          locationText: 'Vancouver, BC (Hybrid)',
        }),
      );
    const refused = scoreMatch(pgwp, job('We are unable to support LMIA applications for this position.'));
    expect(refused.dealBreakers[0]).toMatch(/sponsorship/);
    const supported = scoreMatch(pgwp, job('We support LMIA applications for this role.'));
    expect(supported.dealBreakers).toEqual([]);
  });
});

describe('a resume section about the right to work', () => {
  it('is read as the person speaking of themselves ("WORK AUTHORIZATION" after the education)', () => {
    const resume = [
      'Dev Raman',
      'New York, NY | dev@example.com',
      'SUMMARY',
      'Senior machine learning engineer, 6 years in search ranking.',
      'EDUCATION',
      'M.S. Computer Science, Columbia University, 2019',
      'WORK AUTHORIZATION',
      'H-1B (current employer). A new employer would need to file an H-1B transfer.',
    ].join('\n');
    expect(draftToProfile(parseResumeText(resume)).requiresSponsorship).toBe(true);
  });
});
