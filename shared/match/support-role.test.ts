import { describe, expect, it } from 'vitest';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { nextDoorFor, professionHeld, supportRoleFor } from './support-role.ts';
import { makeJob, medSurgNurse } from './testing.ts';

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
