import { describe, expect, it } from 'vitest';
import { aimLevels, bandsSought, monthIndex, yearsWorked } from './career.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';

const NOW = '2026-09-01T00:00:00.000Z';
const graduate = makeProfile({
  targetTitles: ['Software Engineer'],
  experience: [
    {
      id: crypto.randomUUID(),
      title: 'Software Engineering Intern',
      company: 'Paisaloop',
      start: '2026-01',
      end: '2026-06',
      current: false,
      bullets: ['Built a Spring Boot service in Java that reads Kafka events'],
    },
  ],
  skills: [{ name: 'Java', source: 'resume' }],
});
const posting = `${ABOUT_THE_ROLE}
Requirements
- Java and Spring Boot
- Kafka`;

describe('an internship behind the person', () => {
  it('is not a level they seek again: an intern post ranks well below the first job', () => {
    const p = prepareProfile(graduate, null, { asOf: '2026-09' });
    const entry = scoreMatch(p, prepareJob(makeJob(posting, { title: 'Software Engineer I' })), { now: NOW });
    const intern = scoreMatch(p, prepareJob(makeJob(posting, { title: 'Software Engineering Intern' })), {
      now: NOW,
    });
    expect(p.aimLevels).toEqual([1]);
    expect(intern.score).toBeLessThan(entry.score - 15);
    expect(intern.adjustments?.find((a) => a.kind === 'level')?.detail).toMatch(/^intern role/);
  });

  it('stays the level of someone who asks for another internship', () => {
    const p = prepareProfile({ ...graduate, targetTitles: ['Software Engineering Intern'] }, null, {
      asOf: '2026-09',
    });
    expect(p.aimLevels).toContain(0);
  });
});

describe('a skill the person knows only a little', () => {
  const job = prepareJob(
    makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Kotlin\n- PostgreSQL`, { title: 'Android Engineer' }),
  );
  const skillsScore = (skills: ReturnType<typeof makeProfile>['skills']) => {
    const p = prepareProfile(makeProfile({ experience: [], skills }), null, { asOf: '2026-09' });
    return scoreMatch(p, job, { now: NOW }).factors.find((f) => f.factor === 'skills')!.score;
  };

  it('counts for less than one they know, and more than none', () => {
    const known = skillsScore([
      { name: 'PostgreSQL', source: 'resume' },
      { name: 'Kotlin', source: 'resume' },
    ]);
    const basic = skillsScore([
      { name: 'PostgreSQL', source: 'resume' },
      { name: 'Kotlin', proficiency: 'beginner', source: 'resume' },
    ]);
    const none = skillsScore([{ name: 'PostgreSQL', source: 'resume' }]);
    expect(basic).toBeLessThan(known);
    expect(basic).toBeGreaterThan(none);
  });
});

describe('the bands a search names', () => {
  it('are levels the person would take, read only where they say what they are after', () => {
    expect(
      bandsSought(
        'Band 7 clinical practice educator since 2022. I am looking for a practice educator or clinical education lead post (Band 7 or 8a) in Manchester.',
      ),
    ).toEqual(['Band 7', 'Band 8a']);
    expect(bandsSought('Seeking Bands 6-7 ward posts.')).toEqual(['Band 6', 'Band 7']);
    expect(bandsSought("I am ready for a Band 6 post in children's nursing.")).toEqual(['Band 6']);
    expect(bandsSought('Band 7 clinical practice educator since 2022.')).toEqual([]);
    const educator = prepareProfile(
      makeProfile({
        targetTitles: ['Practice educator'],
        summary: 'I am looking for a practice educator post (Band 7 or 8a).',
        experience: [
          {
            id: crypto.randomUUID(),
            title: 'Clinical Practice Educator (Band 7)',
            company: 'NHS',
            start: '2022-01',
            current: true,
            bullets: [],
          },
        ],
      }),
      null,
      { asOf: '2026-01' },
    );
    expect(educator.aimLevels).toEqual(expect.arrayContaining([4, 5]));
  });
});

describe('the years a person has worked', () => {
  const role = (title: string, start: string, end?: string) => ({
    id: crypto.randomUUID(),
    title,
    company: 'Keystone',
    start,
    ...(end ? { end, current: false } : { current: true }),
    bullets: [],
  });
  const now = monthIndex('2026-08');

  it('leaves out an internship and a part-time job held before the first full one', () => {
    const coordinator = makeProfile({
      experience: [
        role('Marketing Coordinator', '2023-08'),
        role('Marketing Intern', '2022-05', '2022-08'),
        role('Marketing Assistant (part-time)', '2021-08', '2023-05'),
      ],
    });
    expect(yearsWorked(coordinator, now)).toBe(3);
  });

  it('counts them when they are all the person has, and a part-time job held beside a career', () => {
    expect(yearsWorked(graduate, now)).toBe(0.4);
    const later = makeProfile({
      experience: [
        role('Pharmacist', '2020-08'),
        role('Clinical Pharmacist (part-time)', '2022-08', '2024-08'),
      ],
    });
    expect(yearsWorked(later, now)).toBe(6);
  });
});

describe("a people manager's title among the targets", () => {
  it('adds the lead level a manager title states, keeping the level the person holds', () => {
    // A senior HR business partner after "Senior HR business partner or HR manager" roles.
    expect(aimLevels(3, ['Senior HR business partner', 'HR manager'], 7)).toEqual([3, 4]);
    // Only manager targets: their own rung stays one they would take, the lead rung is added.
    expect(aimLevels(3, ['Finance Manager'], 8)).toEqual([3, 4]);
  });

  it('adds nothing for a manager of a thing, or a manager title that names its own level', () => {
    expect(aimLevels(3, ['Product Manager'], 7)).toEqual([3]);
    expect(aimLevels(3, ['Senior HR business partner', 'Senior Manager, People'], 7)).toEqual([3]);
  });
});

describe("the next rung of a person's numbered ladder", () => {
  const role = (title: string, start: string, end?: string) => ({
    id: crypto.randomUUID(),
    title,
    company: 'Saguaro Health',
    start,
    end,
    current: !end,
    bullets: ['Bi-weekly payroll for 3,200 employees in 14 states'],
  });
  const specialist = (targetTitles: string[]) =>
    prepareProfile(
      makeProfile({
        targetTitles,
        experience: [
          role('Payroll Specialist II', '2022-01'),
          role('Payroll Specialist', '2018-06', '2021-12'),
        ],
      }),
      null,
      { asOf: '2026-09' },
    );
  const levelCut = (p: ReturnType<typeof specialist>, title: string) =>
    scoreMatch(p, prepareJob(makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- 4+ years of payroll`, { title })), {
      now: NOW,
    }).adjustments?.find((a) => a.kind === 'level')?.detail;

  it('is the post a "Specialist II" with a senior\'s years applies for next: no step up', () => {
    const p = specialist(['Payroll Specialist']);
    expect([p.level, p.nextRung]).toEqual([2, 3]);
    expect(levelCut(p, 'Senior Payroll Specialist')).toBeUndefined();
    const title = scoreMatch(p, prepareJob(makeJob(ABOUT_THE_ROLE, { title: 'Senior Payroll Specialist' })), {
      now: NOW,
    }).factors.find((f) => f.factor === 'title');
    expect(title?.detail).toBe('Close to "Payroll Specialist", the next rung of your ladder (senior)');
    // Past it, the steps count from the rung held: a lead's post is two levels up, as before.
    expect(levelCut(p, 'Payroll Team Lead')).toMatch(/two or more levels above yours \(mid-level\)/);
  });

  it('is not read when the targets name a level, nor for a rung held without the years', () => {
    expect(specialist(['Payroll Specialist II']).nextRung).toBeNull();
    const newer = prepareProfile(
      makeProfile({ experience: [role('Payroll Specialist II', '2024-01')] }),
      null,
      {
        asOf: '2026-09',
      },
    );
    expect(newer.nextRung).toBeNull();
  });
});

describe("a financial controller's post among the targets", () => {
  it("is the head-of rung: a senior accountant after controller roles would take 'Head of Accounting'", () => {
    expect(aimLevels(3, ['Financial Controller', 'Finance Manager'], 10)).toEqual([3, 5, 4]);
    // Asking for nothing else, the rung held is the one being left (as for any target above it).
    expect(aimLevels(3, ['Group Finance Controller'], 10)).toEqual([5]);
  });

  it('not one who stands in for the controller, nor a credit controller', () => {
    expect(aimLevels(3, ['Assistant Financial Controller'], 8)).toEqual([3]);
    expect(aimLevels(2, ['Credit Controller'], 4)).toEqual([2]);
  });
});
