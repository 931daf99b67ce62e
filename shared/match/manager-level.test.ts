import { describe, expect, it } from 'vitest';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeJob, medSurgNurse } from './testing.ts';
import { isManagerTitle } from './titles.ts';

const nurse = (ruledOut: string[] = []) =>
  medSurgNurse('2022-08', { targetTitles: ['Registered Nurse'], ruledOut });
const unit = `About the unit
Our 36-bed medical-surgical unit cares for post-op and telemetry patients on 12-hour shifts. The
manager is accountable for the unit's clinical, operational and financial results: staffing and
scheduling, the unit budget, quality and safety measures, and patient experience. You will work with
physicians, therapists and case managers on throughput and discharge, round on patients daily and
support the charge nurses on every shift.
Requirements
- Current Arizona license; BLS
- Acute care experience on a med-surg unit`;
const score = (title: string, ruledOut: string[] = []) =>
  scoreMatch(
    prepareProfile(nurse(ruledOut), null, { asOf: '2025-06' }),
    prepareJob(makeJob(unit, { title, locationText: 'Phoenix, AZ' })),
    { now: '2025-06-01T00:00:00.000Z' },
  );

describe('a people manager post for someone who neither manages nor asks to', () => {
  it('reads the manager title as the lead level, and says so', () => {
    const level = score('Nurse Manager - Medical/Surgical Unit').adjustments?.find((a) => a.kind === 'level');
    expect(level?.detail).toMatch(/staff\/lead role, .* above yours/);
    expect(score('Registered Nurse - Med/Surg').adjustments?.some((a) => a.kind === 'level')).toBe(false);
  });

  it('weighs it once for someone who ruled management out: as what they ruled out', () => {
    const kinds = score('Nurse Manager - Medical/Surgical Unit', ['people management']).adjustments?.map(
      (a) => a.kind,
    );
    expect(kinds).toContain('ruled_out');
    expect(kinds).not.toContain('level');
  });

  it("counts a deputy's post among the targets as no aim to manage: 'Assistant Manager' stands in", () => {
    const deputy = medSurgNurse('2019-08', { targetTitles: ['Assistant Manager'] });
    const p = prepareProfile(deputy, null, { asOf: '2025-06' });
    expect(p.aimsToManage).toBe(false);
    const job = prepareJob(
      makeJob(unit, { title: 'Nurse Manager - Medical/Surgical Unit', locationText: 'Phoenix, AZ' }),
    );
    const level = scoreMatch(p, job, { now: '2025-06-01T00:00:00.000Z' }).adjustments?.find(
      (a) => a.kind === 'level',
    );
    expect(level?.detail).toMatch(/staff\/lead role, .* above yours/);
  });

  it('reads a customer success manager as a manager of accounts, not of people', () => {
    expect(isManagerTitle('Customer Success Manager, SMB')).toBe(false);
    expect(isManagerTitle('Manager, Customer Success - Commercial')).toBe(true);
  });
});
