import { describe, expect, it } from 'vitest';
import { prepareLeaving, rungClimbed, withoutWorkLeft, workLeft } from './leaving.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { makeJob, makeProfile } from './testing.ts';
import { titleInfo } from './title-likeness.ts';

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

const title = (text: string) => ({ text, info: titleInfo(text) });
/** The person's latest title (their only one) and targets, read as prepareProfile reads them. */
const leavingOf = (latest: string, targets: string[]) =>
  prepareLeaving(title(latest), [title(latest)], targets.map(title));
const held = (latest: string, targets: string[]) => leavingOf(latest, targets)?.held ?? null;

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
    expect(held('Senior Software Engineer, Billing Platform', ['Senior backend IC'])).toBeNull();
    expect(held('Customer Success Manager II', ['Senior CSM', 'CS Team Lead'])).toBeNull();
    // An assistant manager stands in at a senior level; an auditor reaches it without leaving audit.
    expect(held('Audit Senior', ['Assistant Manager'])).toBeNull();
    // Someone who manages already is not leaving an IC job.
    expect(held('Engineering Manager', ['Senior Engineering Manager'])).toBeNull();
    expect(held('Senior Accountant', ['Finance Manager'])?.text).toBe('Senior Accountant');
  });
});

describe('a new field under a target title', () => {
  const teacher = makeProfile({
    targetTitles: ['Learning designer', 'Instructional designer'],
    experience: [
      {
        id: crypto.randomUUID(),
        title: 'Head of Science',
        company: 'Ashfield Hills College',
        start: '2023-01',
        current: true,
        bullets: [
          'Redesigned the Years 7-10 science program: 24 units with outcomes and rubric-marked tasks.',
        ],
      },
      {
        id: crypto.randomUUID(),
        title: 'Science Teacher',
        company: 'Ashfield Hills College',
        start: '2017-01',
        end: '2022-12',
        current: false,
        bullets: ['Taught chemistry and science to Years 7-12.'],
      },
    ],
    location: { city: 'Sydney', region: 'NSW', country: 'AU' },
    workAuthorization: ['AU'],
  });
  const teaching = `You will teach our live online science classes for Years 7 to 10 in small groups, prepare
lesson slides and homework for your own classes, mark student work and write reports for parents. You will
follow the lesson plans our Head of Curriculum sets, so the job is about teaching those lessons well. We
are looking for a qualified secondary science teacher with current teacher accreditation and two years of
classroom experience teaching science. Our team of 40 teachers meets online every Friday.`;
  const designing = `You will design online courses with subject experts: run a needs analysis, write
learning outcomes, storyboard modules and build them in our authoring tools, then review the data and
improve each course. You will work with teachers and trainers as subject experts and hand finished designs
to our production team. We are looking for two years of instructional design experience, a portfolio of
courses you designed, and skill with Articulate Rise or a similar tool.`;
  const score = (text: string) =>
    scoreMatch(
      prepareProfile(teacher, null, { asOf: '2025-06' }),
      prepareJob(makeJob(text, { title: 'Instructional Designer - Science', locationText: 'Sydney NSW' })),
      { now: '2025-06-01T00:00:00.000Z' },
    );

  it('holds a target title whose body is the old work against it, and says why', () => {
    const left = score(teaching).adjustments?.find((a) => a.kind === 'leaving');
    expect(left?.detail).toMatch(/body returns to your past work as teacher/);
    expect(score(designing).adjustments?.some((a) => a.kind === 'leaving')).toBe(false);
  });

  it('reads no new field when a target names the work a past title names', () => {
    expect(leavingOf('Mathematics Teacher', ['Math teaching'])).toBeNull();
    expect(leavingOf('Senior Software Engineer', ['Senior backend'])).toBeNull();
  });
});

describe("what a field-changer's work is about", () => {
  it("leaves out the old field's words, and keeps everything for someone staying in theirs", () => {
    const terms = new Map([
      ['accounting', 3],
      ['audit', 2],
      ['sql', 2],
    ]);
    const changer = prepareLeaving(
      title('Management Accountant'),
      [title('Management Accountant')],
      [title('Data Analyst')],
    );
    expect([...withoutWorkLeft(terms, changer).keys()]).toEqual(['audit', 'sql']);
    expect(withoutWorkLeft(terms, leavingOf('Mathematics Teacher', ['Math teaching']))).toBe(terms);
  });
});

describe('an earlier field the person has moved on from', () => {
  const platform = prepareLeaving(
    title('Senior ML Platform Engineer'),
    ['Senior ML Platform Engineer', 'ML Platform Engineer', 'Data Engineer'].map(title),
    ['Senior ML platform', 'MLOps'].map(title),
  );
  const posting = (t: string) =>
    prepareJob(makeJob('Build batch pipelines in Spark and Airflow.', { title: t }));

  it('holds a posting for the earlier job against it, and says why', () => {
    expect(workLeft(platform, posting('Senior Data Engineer'))).toMatch(
      /earlier job of yours \(Data Engineer\), work you have moved on from/,
    );
    expect(workLeft(platform, posting('Senior ML Platform Engineer'))).toBeNull();
  });

  it("a career changer whose job now is like a target (freelance web work) has left the old field's job", () => {
    const changer = prepareLeaving(
      title('Freelance Web Developer'),
      ['Freelance Web Developer', 'General Manager', 'Assistant Manager'].map(title),
      ['Junior front-end developer', 'Full-stack developer'].map(title),
    );
    expect(workLeft(changer, posting('Restaurant General Manager'))).toMatch(
      /earlier job of yours \(General Manager\)/,
    );
    expect(workLeft(changer, posting('Junior Full-Stack Developer'))).toBeNull();
  });

  it('reads no move while the job held is not yet a target, or a step up the same ladder', () => {
    const changing = prepareLeaving(
      title('Data Engineer'),
      ['Data Engineer', 'Analyst'].map(title),
      ['Senior ML platform'].map(title),
    );
    expect(changing?.earlier ?? []).toEqual([]);
    const climbing = prepareLeaving(
      title('Senior Software Engineer'),
      ['Senior Software Engineer', 'Software Engineer'].map(title),
      ['Senior Software Engineer', 'Staff Software Engineer'].map(title),
    );
    expect(climbing?.earlier ?? []).toEqual([]);
  });
});

describe('a rung the person has climbed past', () => {
  const pm = prepareLeaving(
    title('Project Manager'),
    ['Project Manager', 'Assistant Project Manager', 'Project Coordinator'].map(title),
    ['Project Manager', 'Senior Project Manager'].map(title),
  );
  const posting = (t: string) =>
    prepareJob(makeJob('Deliver commercial construction projects.', { title: t }));

  it('is a posting for the assistant post they held before the job they hold', () => {
    expect(rungClimbed(pm, posting('Assistant Project Manager - Construction'))).toBe(
      'Assistant Project Manager',
    );
    expect(rungClimbed(pm, posting('Senior Project Manager'))).toBeNull();
  });

  it('is none for someone who still holds the assistant post', () => {
    const apm = prepareLeaving(
      title('Assistant Project Manager'),
      ['Assistant Project Manager'].map(title),
      ['Project Manager'].map(title),
    );
    expect(rungClimbed(apm, posting('Assistant Project Manager'))).toBeNull();
  });
});
