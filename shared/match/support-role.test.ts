import { describe, expect, it } from 'vitest';
import { draftToProfile, parseResumeText } from '../resume/index.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import {
  isLicensedPost,
  licenceAskedOf,
  nextDoorFor,
  professionAssisted,
  professionHeld,
  supportRoleFor,
} from './support-role.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile, medSurgNurse } from './testing.ts';

const nurse = medSurgNurse('2021-08');
const ward = `About the unit
Our 36-bed medical-surgical unit cares for post-op and telemetry patients on 12-hour shifts. You will
assess and monitor patients, give medications and IV therapy, chart in Epic, teach patients and
families before discharge, and work with physicians, therapists and case managers on each plan of
care. New staff join a twelve-week orientation with a preceptor, then self-schedule with the team.
Nights and weekends rotate; the unit has a charge nurse and a nurse educator on every shift.
Requirements
- Current Arizona license; BLS
- 1+ year of acute care experience on a med-surg unit`;
const score = (title: string) =>
  scoreMatch(
    prepareProfile(nurse, null, { asOf: '2025-06' }),
    prepareJob(makeJob(ward, { title, locationText: 'Phoenix, AZ' })),
    { now: '2025-06-01T00:00:00.000Z' },
  );

describe('support roles beside a profession', () => {
  it('ranks a practical-nurse post on the same ward below the registered-nurse post, and says why', () => {
    const rn = score('Registered Nurse - Med/Surg');
    const lpn = score('Licensed Practical Nurse (LPN) - Med/Surg');
    expect(lpn.score).toBeLessThan(rn.score - 20);
    expect(lpn.adjustments?.find((a) => a.kind === 'specialty')?.detail).toMatch(
      /"Licensed Practical Nurse" is a support role beside a registered nurse's work/,
    );
    expect(rn.adjustments?.some((a) => a.kind === 'specialty')).toBe(false);
  });

  it('reads the profession from the person titles, and none for someone in a support role', () => {
    expect(professionHeld(['Clinical Pharmacist - Oncology'])).toBe('pharmacist');
    expect(professionHeld(['Year 2 Class Teacher', 'SENCo'])).toBe('teacher');
    expect(professionHeld(['Patient Care Technician', 'Registered Nurse'])).toBeNull();
    expect(professionHeld(['Senior Backend Engineer'])).toBeNull();
  });

  it('names the support role a title holds, and only beside the profession it supports', () => {
    expect(supportRoleFor('pharmacist', 'Registered Pharmacy Technician - Oncology')).toBe(
      'Pharmacy Technician',
    );
    expect(supportRoleFor('teacher', 'Higher Level Teaching Assistant')).toBe('Teaching Assistant');
    expect(supportRoleFor('registered nurse', 'Assistant Nurse Manager - ICU')).toBeNull();
    expect(supportRoleFor('registered nurse', 'Pharmacy Technician')).toBeNull();
    expect(supportRoleFor(null, 'Licensed Practical Nurse')).toBeNull();
  });
});

describe('a profession next door with its own registration', () => {
  it("holds a midwife's post below a nurse's on the same ward, and says why", () => {
    const rn = score('Registered Nurse - Birthing Suite');
    const midwife = score('Core Midwife - Birthing Suite');
    expect(midwife.score).toBeLessThan(rn.score - 20);
    expect(midwife.adjustments?.find((a) => a.kind === 'specialty')?.detail).toMatch(
      /midwife post needs a registration of its own/,
    );
  });

  it('leaves a post open to both, and a midwife looking at midwife posts, alone', () => {
    expect(nextDoorFor('registered nurse', 'Registered Nurse or Midwife - Maternity')).toBeNull();
    expect(professionHeld(['Registered Midwife', 'Midwife'])).toBe('midwife');
    expect(nextDoorFor('midwife', 'Core Midwife')).toBeNull();
  });
});

describe('the licensed profession, to someone in its support role', () => {
  const paralegal = prepareProfile(
    draftToProfile(
      parseResumeText(
        'Dana Whitfield\nAtlanta, GA | dana@example.com\n\nEXPERIENCE\nSenior Litigation Paralegal - Hale & Moss LLP, Atlanta (2019-present)\n- Discovery, deposition preparation and trial binders in Georgia state courts\n- Drafted discovery responses and motions for attorney review',
      ),
    ),
    null,
  );
  const court = `${ABOUT_THE_ROLE}
Litigation team in Atlanta. You will manage discovery, prepare for depositions, draft motions
and work at trial in Georgia state courts with our partners.
Requirements
- 3+ years of litigation experience in Georgia state courts`;
  const post = (title: string) =>
    scoreMatch(paralegal, prepareJob(makeJob(court, { title, locationText: 'Atlanta, GA' })));

  it("holds an attorney's post below a paralegal's on the same matters, and says why", () => {
    const own = post('Litigation Paralegal');
    const attorney = post('Associate Attorney - Litigation');
    expect(attorney.score).toBeLessThan(own.score - 15);
    expect(attorney.adjustments?.find((a) => a.kind === 'specialty')?.detail).toMatch(
      /A lawyer's post: it asks for the lawyer's own licence/,
    );
  });

  it('reads the profession only when no title names it, and the post only when it is not the support role', () => {
    expect(professionAssisted(['Senior Litigation Paralegal'])).toBe('lawyer');
    expect(professionAssisted(['Paralegal', 'Associate Attorney'])).toBeNull();
    expect(isLicensedPost('lawyer', 'Paralegal to the General Counsel')).toBe(false);
    expect(isLicensedPost('lawyer', 'Legal Secretary - Litigation')).toBe(false);
    expect(isLicensedPost(null, 'Associate Attorney')).toBe(false);
  });
});

describe('a post whose required line asks a registration the person does not show', () => {
  const asks = (text: string) => [{ kind: 'required', text }];
  const hr = ['HR Generalist', 'HR Coordinator'];
  it('reads a pharmacy post that asks for a registered pharmacist', () => {
    const items = asks(
      'Part A pharmacist registered with the Ontario College of Pharmacists, in good standing.',
    );
    expect(licenceAskedOf(hr, [], 'Pharmacy Manager', items)).toBe('pharmacist');
    expect(licenceAskedOf(['Staff Pharmacist'], [], 'Pharmacy Manager', items)).toBeNull();
  });

  it('leaves a line with another way in, a title in several fields and a support role alone', () => {
    const either = asks('You are a pharmacist or registered pharmacy technician with the College; or');
    expect(licenceAskedOf(hr, [], 'Pharmacy Informatics Specialist', either)).toBeNull();
    const rn = asks('Registered pharmacist licence required');
    expect(licenceAskedOf(hr, [], 'Hiring Event - Pharmacy, Nursing and Marketing', rn)).toBeNull();
    expect(licenceAskedOf(hr, [], 'Pharmacy Technician', rn)).toBeNull();
    expect(licenceAskedOf(hr, [], 'HR Business Partner', rn)).toBeNull();
  });
});

describe('scoring a post of a profession the person does not hold', () => {
  it('takes the specialty cut and names the registration', () => {
    const hr = makeProfile({ targetTitles: ['HR Business Partner'] });
    const pharmacy = `${ABOUT_THE_ROLE}
Requirements
- Part A pharmacist registered with the Ontario College of Pharmacists, in good standing
- 3+ years of community pharmacy practice`;
    const r = scoreMatch(
      prepareProfile(hr, null, { asOf: '2025-06' }),
      prepareJob(makeJob(pharmacy, { title: 'Pharmacy Manager' })),
    );
    expect(r.adjustments?.find((a) => a.kind === 'specialty')?.detail).toBe(
      'The posting asks for a registered pharmacist, which your titles do not show',
    );
  });
});
