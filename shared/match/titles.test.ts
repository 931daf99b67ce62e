import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob } from './testing.ts';
import { titleInfo, titleSimilarity } from './title-likeness.ts';
import { isLeadTitle, isManagerTitle, LEVEL_NAMES, levelStep, levelWord, seniorityOf } from './titles.ts';

const sim = (a: string, b: string) => titleSimilarity(titleInfo(a), titleInfo(b));

describe('titles in the same field but another specialty', () => {
  it('an iOS engineer is closer to an Apple-platforms role than to an Android one', () => {
    const ios = 'iOS Engineer';
    expect(sim('Mobile Engineer, Apple Platforms', ios)).toBeGreaterThan(sim('Android Engineer', ios));
    expect(sim('Senior iOS Developer', ios)).toBeGreaterThan(0.9);
    expect(sim('Android Engineer', ios)).toBeLessThan(0.6);
  });

  it('a cross-platform role sits between the two platforms', () => {
    const ios = 'iOS Engineer';
    const flutter = sim('Flutter Developer', ios);
    expect(flutter).toBeGreaterThan(sim('Android Engineer', ios));
    expect(flutter).toBeLessThan(sim('Mobile Engineer, Apple Platforms', ios));
  });
});

describe('teaching: the age taught is a specialty, middle leadership is a level', () => {
  it('a secondary maths teacher is closer to a maths post than to a primary class teacher', () => {
    const me = 'Secondary mathematics teacher';
    expect(sim('Teacher of Mathematics', me)).toBeGreaterThan(sim('Primary Class Teacher (Year 4)', me));
    expect(sim('Primary Class Teacher (Year 4)', me)).toBeLessThan(0.6);
  });

  it('"Head of Mathematics" is a school post a level up, not a director', () => {
    expect(levelWord('Head of Mathematics')).toBe(4);
    expect(levelWord('Head of Engineering')).toBe(5);
    expect(sim('Head of Mathematics', 'Teacher of Mathematics')).toBeGreaterThan(0.4);
  });

  it('a head of department leads while teaching, like a lead: not a move into management', () => {
    expect(isManagerTitle('Head of Science')).toBe(false);
    expect(isLeadTitle('Head of Science')).toBe(true);
    expect(isManagerTitle('Head of Engineering')).toBe(true);
  });
});

describe('a manager of a thing, not of people', () => {
  it('a territory manager sells in their own patch: not a people manager, nor a lead level', () => {
    expect(isManagerTitle('Territory Manager - Spine (Denver South)')).toBe(false);
    expect(seniorityOf('Territory Manager - Spine (Denver South)', 3, null)).toBeLessThan(4);
    expect(isManagerTitle('Area Sales Manager, Spine')).toBe(true);
  });
});

describe('nursing grades and leaders', () => {
  it('reads an NHS band as the grade, over the words around it', () => {
    expect(levelWord('Staff Nurse, Acute Medicine (Band 5)')).toBe(2);
    expect(levelWord('Senior Staff Nurse - Theatres - Band 6')).toBe(3);
    expect(levelWord('Senior Sister, Cardiology (Band 7)')).toBe(4);
    expect(levelWord('Matron, Surgery - Band 8a')).toBe(5);
  });

  it('reads a charge nurse, ward sister or team leader as lead level', () => {
    expect(levelWord('Senior Charge Nurse, Respiratory Ward')).toBe(4);
    expect(levelWord('Ward Sister')).toBe(4);
    expect(levelWord('Urgent Care Team Leader')).toBe(4);
    // A school's assistant leaders are middle leaders themselves.
    expect(levelWord('Assistant Subject Leader - Science')).toBe(4);
  });
});

describe('a person leaving their current track', () => {
  const resume = (header: string) =>
    `Harpreet Sandhu\nCalgary, AB | h@example.com\n${header}\n\nEXPERIENCE\nStore Manager - Ridgeline Home, Calgary (2014-present)\n- Ran receiving, inventory counts and replenishment for a 110-person store`;
  const title = (header: string, jobTitle: string) =>
    scoreMatch(
      prepareProfile(draftToProfile(parseResumeText(resume(header))), null),
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Inventory and replenishment`, { title: jobTitle }),
      ),
    ).factors.find((f) => f.factor === 'title')!.score;

  it('counts the job they hold for less once they say they are moving into another field', () => {
    const staying = title('Retail leader.', 'Store Manager');
    const leaving = title('Looking for my next step in operations or supply chain.', 'Store Manager');
    expect(leaving).toBeLessThan(staying * 0.75);
    expect(
      title('Looking for my next step in operations or supply chain.', 'Operations Manager'),
    ).toBeGreaterThan(leaving);
  });
});

describe('level words', () => {
  it('reads "Analyst I" as entry level but not the I of "UK&I"', () => {
    expect(levelWord('Data Analyst I')).toBe(1);
    expect(levelWord('Enterprise Account Executive, UK&I')).toBeNull();
    expect(levelWord('Associate Nurse Unit Manager')).toBe(3);
  });

  it('reads "Staff Engineer" as a level, but a staff nurse, RN or accountant holds the regular post', () => {
    expect(levelWord('Staff Software Engineer')).toBe(4);
    expect(levelWord('Staff Data Scientist, Ranking')).toBe(4);
    for (const t of ['Staff RN', 'Staff Nurse, Medical ICU', 'Staff Registered Nurse', 'Staff Accountant'])
      expect(levelWord(t), t).toBeNull();
    expect(levelWord('Staff Nurse III, Medical Intensive Care Unit')).toBe(3);
  });

  it('reads a Semi-Senior (SSr) as mid-level, between junior and senior', () => {
    expect(levelWord('Remote Accounts Semi-Senior (UK Practice)')).toBe(2);
    expect(levelWord('Desarrollador Backend SSr')).toBe(2);
    expect(levelWord('Senior Accountant')).toBe(3);
  });

  it('reads a posting that asks "1 to 3 years" as junior and "3 to 5 years" as mid-level', () => {
    expect(seniorityOf('Payroll Associate', 1, 3)).toBe(LEVEL_NAMES.indexOf('junior'));
    expect(seniorityOf('Payroll Associate', 3, 5)).toBe(LEVEL_NAMES.indexOf('mid-level'));
  });

  it('reads "entry-level" said of the post, not of the rungs of its ladder', () => {
    const junior = LEVEL_NAMES.indexOf('junior');
    expect(seniorityOf('Scientist', null, null, 'This is an entry-level role on the Ads team.')).toBe(junior);
    const ladder =
      'This requisition is for a Scientist III, a senior IC on our ladder (our Scientist I is an entry-level role and Scientist IV is staff).';
    expect(seniorityOf('Scientist', null, null, ladder)).not.toBe(junior);
  });

  it('reads a people manager with no level word as lead level, but not a marketing manager', () => {
    expect(seniorityOf('Nurse Manager - Renal Services', null, null)).toBe(LEVEL_NAMES.indexOf('staff/lead'));
    expect(seniorityOf('Warehouse Manager', 2, null)).toBe(LEVEL_NAMES.indexOf('staff/lead'));
    expect(seniorityOf('Marketing Manager', null, null)).toBe(LEVEL_NAMES.indexOf('mid-level'));
  });

  it('reads a grade after a people manager title as the manager ladder, not an IC level', () => {
    const lead = LEVEL_NAMES.indexOf('staff/lead');
    expect(seniorityOf('Platform Engineering Manager II', null, null)).toBe(lead);
    expect(seniorityOf('Warehouse Manager 3 (Night Shift)', null, null)).toBe(lead);
    expect(levelWord('Platform Engineering Manager II')).toBeNull();
    // A manager of a thing keeps the grade as its level, as an IC title does.
    expect(levelWord('Product Manager II')).toBe(LEVEL_NAMES.indexOf('mid-level'));
    expect(levelWord('Platform Engineer II')).toBe(LEVEL_NAMES.indexOf('mid-level'));
  });

  it('takes a level between two the person aims at as no step, and one outside them as a step', () => {
    const seniorOrDirector = [LEVEL_NAMES.indexOf('senior'), LEVEL_NAMES.indexOf('principal/director')];
    expect(levelStep(LEVEL_NAMES.indexOf('staff/lead'), seniorOrDirector)).toBe(0);
    expect(levelStep(LEVEL_NAMES.indexOf('mid-level'), seniorOrDirector)).toBe(-1);
    expect(levelStep(LEVEL_NAMES.indexOf('staff/lead'), [LEVEL_NAMES.indexOf('senior')])).toBe(1);
  });

  it('spells out capital abbreviations before comparing ("NUM" is a Nurse Unit Manager)', () => {
    expect(sim('Nurse Unit Manager - Cardiology', 'NUM')).toBeGreaterThan(0.8);
    expect(sim('Enterprise Account Executive', 'Account Executive, Mid-Market')).toBeLessThan(0.8);
  });
});

describe('a people manager aiming only at management roles', () => {
  const resume = (target: string) =>
    `Ines Falkner\nLeeds, UK | i@example.com\nLooking for a ${target} role.\n\nEXPERIENCE\nEngineering Manager, Ledger Systems - Quillfern, Leeds (2019-present)\n- Run a team of eight engineers on ledger services in Go`;
  const title = (target: string, jobTitle: string) =>
    scoreMatch(
      prepareProfile(draftToProfile(parseResumeText(resume(target))), null),
      prepareJob(makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Go and ledger services`, { title: jobTitle })),
    ).factors.find((f) => f.factor === 'title')!;

  it('holds an individual-contributor title against them and says so', () => {
    const ic = title('Senior Engineering Manager', 'Staff Engineer, Ledger Platform');
    expect(ic.detail).toContain('an individual-contributor role');
    expect(ic.score!).toBeLessThan(
      title('Senior Engineering Manager', 'Engineering Manager, Ledgers').score!,
    );
  });

  it('leaves a lead title alone, and an IC title for someone who also aims at IC roles', () => {
    expect(title('Senior Engineering Manager', 'Engineering Lead, Ledgers').detail).not.toContain(
      'individual',
    );
    expect(
      title('Staff Engineer or Engineering Manager', 'Staff Engineer, Ledger Platform').detail,
    ).not.toContain('individual');
  });
});

describe('what the person ruled out', () => {
  const resume =
    'Jordan Ellery\nAustin, TX | j@example.com\nI want a Principal UX Researcher role. I am not looking for a people-management role.\n\nEXPERIENCE\nSenior UX Researcher - Ledgerline, Austin (2016-present)\n- Led mixed-methods research on accounts payable';
  const score = (title: string) =>
    scoreMatch(
      prepareProfile(draftToProfile(parseResumeText(resume)), null),
      prepareJob(makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Mixed-methods UX research`, { title })),
    );

  it('holds a management role against them and says why', () => {
    const manager = score('Manager, UX Research');
    expect(manager.adjustments?.find((a) => a.kind === 'ruled_out')?.detail).toBe(
      'You said you are not looking for people-management',
    );
    expect(manager.score).toBeLessThan(score('Principal UX Researcher').score - 5);
  });
});

describe('an accounts team is finance, an accounts seller is not', () => {
  it('reads practice titles named for the accounts they keep as the accountant family', () => {
    const me = 'Trainee Accountant';
    expect(sim('Accounts Assistant (Practice)', me)).toBeGreaterThan(0.5);
    expect(sim('Accounts Payable Clerk', me)).toBeGreaterThan(0.5);
    expect(sim('Key Accounts Manager', me)).toBeLessThan(0.3);
  });
});

describe('growth work named for its funnel', () => {
  it('reads acquisition and retention or lifecycle titles as marketing, but not recruiting or M&A', () => {
    const me = 'Performance Marketing Manager';
    expect(sim('Lead, User Acquisition & Retention', me)).toBeGreaterThan(0.5);
    expect(sim('Lifecycle Marketing Lead', me)).toBeGreaterThan(0.5);
    expect(sim('Talent Acquisition Partner', me)).toBeLessThan(0.3);
    expect(sim('Product Lifecycle Analyst', me)).toBeLessThan(0.3);
  });
});

describe('a junior title the years have outgrown', () => {
  const resume = (start: string) =>
    `Mei Tanaka\nOsaka, Japan | m@example.com\n\nEXPERIENCE\nJunior Payroll Officer - Kansai Foods, Osaka (${start}-present)\n- Ran monthly payroll for 300 staff`;
  const aims = (start: string) =>
    prepareProfile(draftToProfile(parseResumeText(resume(start))), null, { asOf: '2026-01' }).aimLevels;

  it('takes the next level too once the years reach it, and not before', () => {
    expect(aims('2022')).toEqual(
      expect.arrayContaining([LEVEL_NAMES.indexOf('junior'), LEVEL_NAMES.indexOf('mid-level')]),
    );
    expect(aims('2025')).toEqual([LEVEL_NAMES.indexOf('junior')]);
  });
});

describe('grades printed as numbers, and staff as a noun', () => {
  it('reads a number after the role as its grade, like a Roman numeral', () => {
    expect(levelWord('Platform Engineer 2')).toBe(2);
    expect(levelWord('ASE-1, Billing')).toBe(1);
    expect(levelWord('Analyst 3 (Risk)')).toBe(3);
    expect(levelWord('Tier 3 Support Specialist')).toBeNull();
    expect(levelWord('Office 365 Administrator')).toBeNull();
  });

  it('does not read the staff a person is a member of as the staff level', () => {
    expect(levelWord('Member of Engineering Staff 2')).toBe(2);
    expect(levelWord('Staff Backend Engineer')).toBe(4);
  });

  it('reads a fresher post as entry level', () => {
    expect(levelWord('Java Developer - Fresher')).toBe(1);
  });
});
