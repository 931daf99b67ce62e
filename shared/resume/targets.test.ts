import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { readSecondChoices, readTargetTitles } from './targets.ts';

describe('the roles a resume says the person wants', () => {
  it('reads "I want" / "I would like" / "I\'d like" a role, but not "I want to …" or "I don\'t want"', () => {
    expect(readTargetTitles(['I want a senior HRBP role in Toronto (hybrid is fine).'])).toEqual([
      'Senior HRBP',
    ]);
    expect(readTargetTitles(['I would like a payroll team lead position.'])).toEqual(['Payroll team lead']);
    expect(readTargetTitles(["I'd like an account manager or customer success role."])).toEqual([
      'Account manager',
      'Customer success',
    ]);
    expect(readTargetTitles(['I want to lead a team in a bigger role someday.'])).toEqual([]);
    expect(readTargetTitles(["I don't want a people-management role."])).toEqual([]);
  });

  it('reads the seat a move names after its field ("…, ideally an inpatient Pharmacy Technician I role") first', () => {
    expect(
      readTargetTitles([
        'I want to move from retail into a hospital or health-system pharmacy, ideally an inpatient Pharmacy Technician I role with a chance to train for the IV room.',
      ])[0],
    ).toBe('Inpatient Pharmacy Technician I');
  });

  it('leaves out an alternative named in a later refusal', () => {
    expect(
      readTargetTitles([
        'Seeking a permanent data engineer role in Leeds. Not interested in sales, travel or a team lead position.',
      ]),
    ).toEqual(['Data engineer']);
  });

  it('reads a portfolio\'s "Next: a … role" as the role sought', () => {
    expect(
      readTargetTitles(['Six years of UX writing. Next: a senior content designer role, in Leeds.']),
    ).toEqual(['Senior content designer']);
  });

  it('reads each alternative of a "seeking … roles" sentence', () => {
    expect(
      readTargetTitles([
        'Seeking Financial Controller or Finance Manager roles in Singapore. Not relocating.',
      ]),
    ).toEqual(['Financial Controller', 'Finance Manager']);
    expect(readTargetTitles(['Looking for: iOS Engineer roles, Munich hybrid.'])).toEqual(['IOS Engineer']);
  });

  it('reads the roles whatever the noun after them: a sales "seat", "openings"', () => {
    expect(
      readTargetTitles([
        'Looking for an Enterprise or Strategic AE seat selling data platforms, Denver or remote.',
      ]),
    ).toEqual(['Enterprise AE', 'Strategic AE']);
    expect(readTargetTitles(['Seeking Staff Product Designer openings in Boston.'])).toEqual([
      'Staff Product Designer',
    ]);
  });

  it('keeps the titles a sentence names after the field a person is moving into', () => {
    expect(
      readTargetTitles([
        'Science teacher of 9 years moving into instructional design. I design units backward from outcomes. Looking for a full-time Instructional Designer or Learning Experience Designer role, entry or mid-level.',
      ]),
    ).toEqual(['Instructional design', 'Instructional Designer', 'Learning Experience Designer']);
  });

  it('reads "my next step as …" up to the dash that turns to place', () => {
    expect(
      readTargetTitles([
        'I am looking for my next step as a Clinic Manager or Head of Operations - hybrid in Cork or remote.',
      ]),
    ).toEqual(['Clinic Manager', 'Head of Operations']);
    expect(readTargetTitles(['My move as a team lead doubled output.'])).toEqual([]);
  });

  it('gives a bare level the job the next alternative names, and never keeps a level alone', () => {
    expect(
      readTargetTitles(['Looking for a Senior or Associate geotechnical engineer role in Perth.']),
    ).toEqual(['Senior geotechnical engineer', 'Associate geotechnical engineer']);
    expect(readTargetTitles(['Seeking Senior roles.'])).toEqual([]);
  });

  it('gives a bare kind the job the next alternative names, but keeps two jobs apart', () => {
    expect(readTargetTitles(['I am looking for a Wholesale or Key Account Manager role in Leeds.'])).toEqual([
      'Wholesale Account Manager',
      'Key Account Manager',
    ]);
    expect(readTargetTitles(['Seeking Midwife or Neonatal Nurse roles.'])).toEqual([
      'Midwife',
      'Neonatal Nurse',
    ]);
    expect(readTargetTitles(['Seeking Operations or supply chain roles.'])).toEqual([
      'Operations',
      'Supply chain',
    ]);
  });

  it('gives a bare segment or setting the job the next alternative names', () => {
    expect(readTargetTitles(['Seeking a Strategic or Enterprise Sales Director role.'])).toEqual([
      'Strategic Sales Director',
      'Enterprise Sales Director',
    ]);
    expect(readTargetTitles(['Looking for an Inpatient or Outpatient Dietitian post.'])).toEqual([
      'Inpatient Dietitian',
      'Outpatient Dietitian',
    ]);
    expect(readTargetTitles(['Seeking Controller or Finance Manager roles.'])).toEqual([
      'Controller',
      'Finance Manager',
    ]);
  });

  it('drops a place the roles are in, and keeps a title that reads "… in …"', () => {
    expect(readTargetTitles(['Seeking Data Engineer in Berlin roles.'])).toEqual(['Data Engineer']);
    expect(
      readTargetTitles([
        'I am now looking for a Head of Science or Second in Faculty post in West Yorkshire.',
      ]),
    ).toEqual(['Head of Science', 'Second in Faculty']);
  });

  it('does not take ways of working or places for roles', () => {
    expect(
      readTargetTitles([
        'Open to Research Triangle hybrid, remote US, or relocation within the US for the right role.',
      ]),
    ).toEqual([]);
    expect(readTargetTitles(['Seeking remote or hybrid roles.'])).toEqual([]);
    expect(readTargetTitles(['Looking for fully remote roles with climate startups.'])).toEqual([]);
  });

  it('reads a move away from one setting into fields, and keeps "R&D" whole', () => {
    expect(
      readTargetTitles([
        'Teacher of 9 years, moving away from the classroom into an instructional design or learning design role.',
      ]),
    ).toEqual(['Instructional design', 'Learning design']);
    expect(readTargetTitles(['Seeking my first R&D Manager role in medical devices.'])).toEqual([
      'R&D Manager',
    ]);
  });

  it('reads "ready for" a role as a target, and no grade alone as a title', () => {
    expect(
      readTargetTitles([
        'Ready for a marketing specialist or marketing manager role where I own campaigns end to end.',
      ]),
    ).toEqual(['Marketing specialist', 'Marketing manager']);
    expect(
      readTargetTitles(['I am ready for a Band 6 post in paediatric nursing in Greater Manchester.']),
    ).toEqual([]);
    expect(readTargetTitles(['Not ready for a manager role yet.'])).toEqual([]);
  });

  it('takes the wanted roles as the targets; the summary’s current title only when none is stated', () => {
    const summary = '\n\nSUMMARY\nChartered accountant with 9 years in audit.\n';
    const seeking = parseResumeText(
      `Tan Wei Ling\nSingapore | wl@example.com\nSeeking Financial Controller roles.${summary}`,
    );
    expect(seeking.targetTitles).toEqual(['Financial Controller']);
    const silent = parseResumeText(`Tan Wei Ling\nSingapore | wl@example.com${summary}`);
    expect(silent.targetTitles).toEqual(['Chartered accountant']);
  });

  it('reads a move into a field as its targets, but not a move the person led', () => {
    expect(
      readTargetTitles([
        'Looking for my next step in operations, inventory or supply chain: distribution centre roles.',
      ]),
    ).toEqual(['Operations', 'Inventory', 'Supply chain']);
    expect(readTargetTitles(['Teacher transitioning into instructional design.'])).toEqual([
      'Instructional design',
    ]);
    expect(readTargetTitles(['Led the move to Kubernetes and the switch to Terraform.'])).toEqual([]);
  });

  it('reads targets the ways people write them, and not a refusal', () => {
    expect(
      readTargetTitles([
        'I want to keep growing as an individual contributor: a Principal or Staff UX Researcher role. I am not looking for a people-management role.',
      ]),
    ).toEqual(['Principal UX Researcher', 'Staff UX Researcher']);
    expect(
      readTargetTitles([
        'Looking for my next step: an Enterprise Account Executive role, or a first sales leadership role (Team Lead / Sales Manager).',
      ]),
    ).toEqual(['Enterprise Account Executive', 'Team Lead', 'Sales Manager']);
    expect(readTargetTitles(['Seeking a permanent NUM position in cardiac nursing.'])).toEqual(['NUM']);
  });

  it('takes every alternative of a sentence, without its way or length of working', () => {
    expect(
      readTargetTitles([
        'I am looking for either (1) 13-week travel ICU contracts, compact states first, or (2) a remote utilization review or case management role I can do from home.',
      ]),
    ).toEqual(['Travel ICU', 'Utilization review', 'Case management']);
    expect(
      readTargetTitles(['I want to move into a Research Engineer role working alongside scientists.']),
    ).toEqual(['Research Engineer']);
  });
});

describe('second choices a resume names', () => {
  it('reads "I would also take an X role" and "also open to X or Y roles"', () => {
    expect(
      readSecondChoices(
        "I'm looking for a data analyst role in Sydney (hybrid) or remote, and I would also take an FP&A analyst role.",
      ),
    ).toEqual(['FP&A analyst']);
    expect(readSecondChoices('Also open to BI developer or analytics engineer roles.')).toEqual([
      'BI developer',
      'Analytics engineer',
    ]);
  });

  it('reads nothing from a refusal or a sentence with no role', () => {
    expect(readSecondChoices('I would not also take a sales role.')).toEqual([]);
    expect(readSecondChoices('I also take pride in clean data.')).toEqual([]);
  });
});

describe('a move the person turns down', () => {
  it('"I do not want to move into people management" is no target; the role they look for is', () => {
    const line =
      'Looking for a Senior or Staff UX Researcher role on the individual contributor track. I am not looking for product design roles, and I do not want to move into people management.';
    const titles = readTargetTitles([line]);
    expect(titles.join(' | ')).not.toMatch(/management/i);
    expect(titles.join(' | ')).toMatch(/UX Researcher/);
  });
});

describe('a move up to the next level', () => {
  it('"ready to move up from unit manager to Director of Nursing, overseeing …" wants the director\'s role alone', () => {
    const line =
      'Ready to move up from unit manager to Director of Nursing, overseeing several units or a service line (medical-surgical, telemetry or similar adult inpatient care).';
    expect(readTargetTitles([line])).toEqual(['Director of Nursing']);
  });
});

describe('titles named after a colon', () => {
  it('reads the titles the colon opens, an inverted "Manager, Customer Success" as one title', () => {
    const line =
      'I am now looking for my first formal people-leadership role: Customer Success Team Lead or Manager, Customer Success, leading a team of roughly 4-8 CSMs.';
    expect(readTargetTitles([line])).toEqual(['Customer Success Team Lead', 'Customer Success Manager']);
  });

  it('keeps the title before the colon when the colon opens what the role does', () => {
    const line =
      'I am now looking for my first Head of Marketing role: leading the whole marketing function and sitting on the senior leadership team.';
    expect(readTargetTitles([line])).toEqual(['Head of Marketing']);
  });
});

describe('a "TARGET ROLE" section', () => {
  const resume = (target: string) =>
    `JASMINE REYES\nAustin, TX | jasmine@example.com\n\nTARGET ROLE\n${target}\n\nSUMMARY\nCareer changer from restaurant management.\n\nEXPERIENCE\nFreelance Web Developer, Austin, TX (Jul 2025 - present)\n- Built restaurant sites.\n`;

  it('names the roles outright, sharing a job between its kinds', () => {
    const draft = parseResumeText(
      resume(
        'Junior front-end or full-stack developer (entry level). Looking for on-site or hybrid roles in Austin.',
      ),
    );
    expect(draft.targetTitles).toEqual(['Junior front-end developer', 'Full-stack developer']);
    expect(draft.summary).toMatch(/^Junior front-end or full-stack developer/);
  });

  it('reads the kind of seat after a comma as part of the title, and a refusal there as a refusal', () => {
    const draft = parseResumeText(
      resume(
        'Senior Account Executive, mid-market or lower enterprise, full-cycle closing. Not looking for SDR or account management roles.',
      ),
    );
    expect(draft.targetTitles).toEqual(['Senior Account Executive']);
    expect(draft.ruledOut.length).toBeGreaterThan(0);
  });
});

describe('a target role in the area around a city', () => {
  it('reads "Senior HR Business Partner … in the Greater Toronto Area" as the title alone', () => {
    expect(
      readTargetTitles(['Looking for: Senior HR Business Partner in the Greater Toronto Area roles.']),
    ).toEqual(['Senior HR Business Partner']);
  });
});
