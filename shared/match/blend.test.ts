import { describe, expect, it } from 'vitest';
import { THIN_POSTING_CAP } from './blend.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';
import { levelWord } from './titles.ts';

const NOW = '2025-06-01T00:00:00.000Z';
const score = (profile: ReturnType<typeof makeProfile>, job: ReturnType<typeof makeJob>) =>
  scoreMatch(prepareProfile(profile, null, { asOf: '2025-06' }), prepareJob(job), { now: NOW });

const billing = makeProfile({
  experience: [
    {
      id: crypto.randomUUID(),
      title: 'Senior Backend Engineer',
      company: 'Paywise',
      start: '2017-01',
      current: true,
      bullets: [
        'Owned the billing and subscriptions service: invoicing, proration, dunning and revenue recognition.',
        'Built Python services on PostgreSQL for recurring payments.',
      ],
    },
  ],
});
const posting = (title: string, about: string) =>
  makeJob(`${about}\n${ABOUT_THE_ROLE}\nRequirements\n- 5+ years with Python and PostgreSQL`, {
    title,
    locationText: 'Austin, TX',
  });

describe('what the work is about, level and thin postings', () => {
  it('ranks the posting about the same work above one with the same skills about other work, and says why', () => {
    const same = score(
      billing,
      posting(
        'Senior Backend Engineer',
        'You will own invoicing, subscriptions, proration and dunning for our billing platform.',
      ),
    );
    const other = score(
      billing,
      posting(
        'Senior Backend Engineer',
        'You will build computer vision pipelines for warehouse robots and label images.',
      ),
    );
    expect(same.score).toBeGreaterThan(other.score);
    const about = same.adjustments?.find((a) => a.kind === 'relevance');
    expect(about?.detail).toMatch(/billing|invoicing|subscription|dunning|proration/);
  });

  it("ranks the person's own work under a stack they have not listed above their stack on other work", () => {
    const ownWork = score(
      billing,
      makeJob(
        `You will own invoicing, subscriptions, proration, dunning and revenue recognition for our billing platform, and the recurring payments behind them.\n${ABOUT_THE_ROLE}\nRequirements\n- 5+ years with Ruby and MySQL`,
        { title: 'Senior Engineer, Billing', locationText: 'Austin, TX' },
      ),
    );
    const otherWork = posting(
      'Senior Backend Engineer',
      'You will build the real-time bidding and ad auction pipeline for our advertising exchange.',
    );
    expect(ownWork.score).toBeGreaterThan(score(billing, otherWork).score);
  });

  it('counts a role a level below the person against it, and says so', () => {
    const atLevel = score(
      billing,
      posting('Senior Backend Engineer', 'You will own invoicing and subscriptions.'),
    );
    const below = score(
      billing,
      posting('Software Engineer I, Backend', 'You will own invoicing and subscriptions.'),
    );
    expect(below.score).toBeLessThan(atLevel.score);
    expect(below.adjustments?.find((a) => a.kind === 'level')?.detail).toMatch(/below yours/);
    expect(below.explanation).toMatch(/below yours/);
  });

  it('holds a posting with almost no text low, however well its title fits, and says why', () => {
    const empty = score(
      billing,
      makeJob('Apply now. Backend Engineer, billing.', {
        title: 'Senior Backend Engineer',
        locationText: 'Austin, TX',
      }),
    );
    expect(empty.score).toBeLessThanOrEqual(THIN_POSTING_CAP);
    expect(empty.explanation).toMatch(/too little to judge/);
  });
});

describe('level words', () => {
  it('reads the head of a school subject or a ward as a lead, and the head of a function as a director', () => {
    expect(levelWord('Head of Maths')).toBe(4);
    expect(levelWord('Head of Year 9')).toBe(4);
    expect(levelWord('Head of Engineering')).toBe(5);
    expect(levelWord('Head of Product Design')).toBe(5);
  });
});

describe('the level a person is aiming at', () => {
  const manager = (targetTitles: string[]) =>
    makeProfile({
      targetTitles,
      experience: [
        {
          id: crypto.randomUUID(),
          title: 'Senior Marketing Manager',
          company: 'Brightcart',
          start: '2016-01',
          current: true,
          bullets: ['Ran paid acquisition and lifecycle growth for a grocery delivery app.'],
        },
      ],
    });
  const head = posting('Head of Growth', 'You will lead paid acquisition and lifecycle growth.');

  it('a posting at the level their target titles name is no step up', () => {
    const aiming = score(manager(['Head of Growth']), head);
    const notAiming = score(manager([]), head);
    expect(aiming.adjustments?.some((a) => a.kind === 'level')).toBe(false);
    expect(notAiming.adjustments?.find((a) => a.kind === 'level')?.detail).toMatch(/above yours/);
    expect(aiming.score).toBeGreaterThan(notAiming.score);
  });

  it('their own level still counts: a junior posting is a step down either way', () => {
    const junior = posting('Junior Marketing Coordinator', 'You will support paid acquisition.');
    expect(
      score(manager(['Head of Growth']), junior).adjustments?.find((a) => a.kind === 'level')?.detail,
    ).toMatch(/below yours/);
  });
});
