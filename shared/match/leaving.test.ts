import { describe, expect, it } from 'vitest';
import { heldRoleLeft } from './leaving.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeJob, makeProfile } from './testing.ts';

const accountant = (targetTitles: string[]) =>
  makeProfile({
    targetTitles,
    experience: [
      {
        id: crypto.randomUUID(),
        title: 'Senior Accountant',
        company: 'Northway Home Brands',
        start: '2020-08',
        current: true,
        bullets: [
          'Lead the month-end close for 3 entities; intercompany eliminations and consolidation in NetSuite.',
          'Built the operating expense budget model; present monthly budget-vs-actual variances.',
        ],
      },
    ],
    skills: [{ name: 'NetSuite', source: 'input' }],
    location: { city: 'Toronto', region: 'ON', country: 'CA' },
    workAuthorization: ['CA'],
  });
const close = `About the role
You will own the month-end close for our Canadian entities: journal entries, balance sheet
reconciliations, intercompany eliminations and consolidation in NetSuite, and the year-end audit file.
You will work with the controller on IFRS reporting and prepare schedules for the external auditors.
You will supervise two staff accountants and an accounts payable clerk, review their journal entries,
keep the fixed asset and lease registers, and look after sales tax filings in each province. The team
is six people in our Toronto office, with two days a week from home.
Requirements
- CPA designation and 4+ years of accounting experience
- NetSuite and advanced Excel`;
const score = (targets: string[]) =>
  scoreMatch(
    prepareProfile(accountant(targets), null, { asOf: '2025-06' }),
    prepareJob(makeJob(close, { title: 'Senior Accountant', locationText: 'Toronto, ON' })),
    { now: '2025-06-01T00:00:00.000Z' },
  );

describe('the work a person is leaving', () => {
  it('holds the IC job they hold against its posting when every target manages people, and says why', () => {
    const leaving = score(['Finance Manager', 'FP&A Manager']);
    const staying = score(['Senior Accountant']);
    expect(leaving.score).toBeLessThan(staying.score - 20);
    expect(leaving.adjustments?.find((a) => a.kind === 'leaving')?.detail).toMatch(
      /like the job you hold \(Senior Accountant\); you are looking to manage \(Finance Manager, FP&A Manager\)/,
    );
    expect(staying.adjustments?.some((a) => a.kind === 'leaving')).toBe(false);
  });

  it('reads no leaving from targets on the same side of the manager line, or a deputy post', () => {
    // Phrased unlike the title, the same job: an IC target is not a move away from IC work.
    expect(heldRoleLeft('Senior Software Engineer, Billing Platform', ['Senior backend IC'])).toBeNull();
    expect(heldRoleLeft('Customer Success Manager II', ['Senior CSM', 'CS Team Lead'])).toBeNull();
    // An assistant manager stands in at a senior level; an auditor reaches it without leaving audit.
    expect(heldRoleLeft('Audit Senior', ['Assistant Manager'])).toBeNull();
    // Someone who manages already is not leaving an IC job.
    expect(heldRoleLeft('Engineering Manager', ['Senior Engineering Manager'])).toBeNull();
    expect(heldRoleLeft('Senior Accountant', ['Finance Manager'])?.text).toBe('Senior Accountant');
  });
});
