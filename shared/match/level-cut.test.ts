import { describe, expect, it } from 'vitest';
import { levelCut } from './level-cut.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob } from './score.ts';
import { makeJob, makeProfile } from './testing.ts';

const platformEngineer = (bullets: string[], targetTitles = ['Staff Platform Engineer']) =>
  prepareProfile(
    makeProfile({
      targetTitles,
      experience: [
        {
          id: crypto.randomUUID(),
          title: 'Senior Platform Engineer',
          company: 'Acme',
          start: '2017-01',
          current: true,
          bullets,
        },
      ],
    }),
    null,
    { asOf: '2025-06' },
  );
const ic = ['Run 14 Kubernetes clusters and the Terraform module library.', 'Mentor two platform engineers.'];
const withReports = [...ic, 'Line-manage three platform engineers: hiring, 1:1s and appraisals.'];

// A lead's title, a people manager's body: the title states the staff/lead level the person asks for.
const lead = prepareJob(
  makeJob(
    [
      'Our Platform team is seven engineers who run the clusters, the deploy pipeline and observability.',
      'This person is the people manager of the Platform team: all seven engineers are your direct reports.',
      "You'll run 1:1s, write performance reviews and hire two more engineers this year.",
    ].join('\n'),
    { title: 'Platform Engineering Lead' },
  ),
);
const staffIc = prepareJob(
  makeJob('You will design our deploy pipeline and run the clusters. You will not have direct reports.', {
    title: 'Staff Platform Engineer',
  }),
);

describe("a lead's title whose body gives the role reports", () => {
  it("is a people manager's post, a level above someone who has no reports and does not ask to manage", () => {
    expect(levelCut(platformEngineer(ic), lead)?.detail).toMatch(/people manager's post/);
    expect(levelCut(platformEngineer(ic), staffIc)).toBeNull();
  });

  it('is no new rung for someone whose own lines give them reports', () => {
    expect(levelCut(platformEngineer(withReports), lead)).toBeNull();
  });

  it('is no new rung for someone who asks for a lead title (a school middle leader, a team lead)', () => {
    expect(
      levelCut(platformEngineer(ic, ['Staff Platform Engineer', 'Platform Team Lead']), lead),
    ).toBeNull();
  });
});

describe('a level the posting states', () => {
  const analyst = prepareProfile(
    makeProfile({
      targetTitles: ['Senior Policy Analyst'],
      experience: [
        {
          id: crypto.randomUUID(),
          title: 'Senior Policy Analyst',
          company: 'California Department of Social Services',
          start: '2019-07',
          current: true,
          bullets: ['Write bill analyses and Budget Change Proposals for CalFresh and CalWORKs.'],
        },
      ],
    }),
    null,
    { asOf: '2026-01' },
  );

  it('"an entry-level member of a small team", said in the text, is a level below a senior analyst', () => {
    const aide = prepareJob(
      makeJob(
        'The Legislative Aide is an entry-level member of a small, busy team that supports the Assemblymember.\nYou will track bills and answer constituent mail.',
        { title: 'Legislative Aide' },
      ),
    );
    expect(levelCut(analyst, aide)?.detail).toMatch(/junior role, a level below yours/);
  });

  it('a civil service classification named for staff services is not the staff level', () => {
    const senior = prepareJob(
      makeJob('Serve as lead analyst on Medi-Cal eligibility policy and prepare bill analyses.', {
        title: 'Senior Policy Analyst (Staff Services Manager I - Specialist)',
      }),
    );
    expect(levelCut(analyst, senior)).toBeNull();
  });
});

describe('a post asking years of someone starting out', () => {
  const newGraduate = prepareProfile(
    makeProfile({
      targetTitles: ['Entry-level Data Scientist'],
      experience: [
        {
          id: crypto.randomUUID(),
          title: 'Data Science Intern',
          company: 'Midwest Mutual',
          start: '2026-06',
          end: '2026-08',
          current: false,
          bullets: ['Built a gradient-boosted model to flag auto claims for review.'],
        },
      ],
    }),
    null,
    { asOf: '2026-12' },
  );
  const asking = (years: string) =>
    prepareJob(
      makeJob(
        `You will model customer churn in SQL and Python.\nRequirements\n- ${years} of experience in analytics`,
        {
          title: 'Analytics Engineer',
        },
      ),
    );

  it('is a level above when it asks two years or more, though its title states no level', () => {
    expect(levelCut(newGraduate, asking('2 to 4 years'))?.detail).toMatch(/a level above yours \(junior\)/);
  });

  it('is no level above when it asks a year, and a senior is not judged by years alone', () => {
    expect(levelCut(newGraduate, asking('1 year'))).toBeNull();
    expect(levelCut(platformEngineer(ic), asking('2 to 4 years'))?.detail ?? '').not.toMatch(/above/);
  });
});
