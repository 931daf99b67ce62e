import { describe, expect, it } from 'vitest';
import { placeFactors } from './place.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, quickScore, REFUSED_MOVE_CAP, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';

const stayer = prepareProfile(
  makeProfile({
    location: { city: 'Bolton', country: 'GB', willingToRelocate: false },
    workAuthorization: [],
  }),
);
const mover = prepareProfile(
  makeProfile({ location: { city: 'Austin', region: 'TX', country: 'US', willingToRelocate: true } }),
);
const onsite = (locationText: string) =>
  prepareJob(makeJob('Requirements\n- Python', { locationText, workType: 'onsite' }));
const location = (p: typeof stayer, where: string) => placeFactors(p, onsite(where)).location.score;

describe('location within a country of regions', () => {
  it('reads a town of the home region as near and one of another region as a move', () => {
    expect(location(stayer, 'Sale Moor, Stockport')).toBe(0.8);
    expect(location(stayer, 'Rotherham, South Yorkshire')).toBe(0.25);
    // An unknown town and no region named: nothing to tell, neutral.
    expect(location(stayer, 'Smalltown, UK')).toBe(0.5);
  });

  it('never scores the home region below a move for someone who would relocate', () => {
    expect(location(mover, 'Houston, TX')).toBeGreaterThanOrEqual(location(mover, 'Denver, CO') ?? 1);
  });
});

describe('metro areas within a region', () => {
  const inAurora = (willingToRelocate?: boolean) =>
    prepareProfile(
      makeProfile({
        location: {
          city: 'Aurora',
          region: 'CO',
          country: 'US',
          ...(willingToRelocate === false ? { willingToRelocate } : {}),
        },
      }),
    );
  it('reads a suburb of the home metro as a commute and another metro of the state as a move', () => {
    const stayer = inAurora(false);
    expect(location(stayer, 'Lakewood, CO')).toBe(0.9);
    expect(placeFactors(stayer, onsite('Lakewood, CO')).location.detail).toContain('your area');
    expect(location(stayer, 'Colorado Springs, CO')).toBe(0.25);
    expect(location(inAurora(), 'Colorado Springs, CO')).toBe(0.5);
    // A town the metro table does not list is never guessed to be a move.
    expect(location(stayer, 'Smallville, CO')).toBe(0.8);
  });

  it("reads Ohio's metros: Fairborn is Dayton's, Grove City is Columbus's, a move from Huber Heights", () => {
    const inHuberHeights = prepareProfile(
      makeProfile({
        location: { city: 'Huber Heights', region: 'OH', country: 'US', willingToRelocate: false },
      }),
    );
    expect(location(inHuberHeights, 'Fairborn, OH')).toBe(0.9);
    expect(location(inHuberHeights, 'Grove City, OH')).toBe(0.25);
  });
});

describe('a move the person ruled out', () => {
  it('holds a well-fitting role in another region to a weak fit, but not one in the home region', () => {
    const role = (where: string) =>
      prepareJob(
        makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Python and PostgreSQL`, {
          title: 'Backend Engineer',
          locationText: where,
          workType: 'onsite',
        }),
      );
    expect(placeFactors(stayer, role('Coventry, West Midlands')).refusedMove).toBe(true);
    expect(quickScore(stayer, role('Coventry, West Midlands'))).toBeLessThanOrEqual(REFUSED_MOVE_CAP);
    expect(placeFactors(stayer, role('Oldham')).refusedMove).toBe(false);
    expect(quickScore(stayer, role('Oldham'))).toBeGreaterThan(REFUSED_MOVE_CAP);
    // The side panel says why the score is held.
    const held = scoreMatch(stayer, role('Coventry, West Midlands')).adjustments?.find(
      (a) => a.kind === 'refused_move',
    );
    expect(held?.detail).toMatch(/Coventry.*a move you did not offer, so the score is held at 50/);
    expect(held?.points).toBeLessThan(0);
    expect(scoreMatch(stayer, role('Oldham')).adjustments?.some((a) => a.kind === 'refused_move')).toBe(
      false,
    );
  });
});

describe('a remote role whose wrapped body names the only states it hires in', () => {
  it('is limited to those states and their country, so someone in another state cannot take it', () => {
    const job = prepareJob(
      makeJob(
        `${ABOUT_THE_ROLE}\nRequirements\n- Python\n\nWhere you can live: as a small company we can only employ people who live in one of\nthe following states: Oregon, Utah or Maine. Thanks for understanding.`,
        { locationText: 'Remote (approved states)', workType: 'remote' },
      ),
    );
    expect(job.parsed.remoteRegions.map((r) => r.region).sort()).toEqual(['ME', 'OR', 'UT']);
    expect(job.parsed.remoteCountries).toEqual(['US']);
    const inTexas = prepareProfile(
      makeProfile({ location: { city: 'Austin', region: 'TX', country: 'US', willingToRelocate: false } }),
    );
    expect(placeFactors(inTexas, job).location.score).toBe(0);
  });
});

describe("a remote role that turns away the person's state", () => {
  it('is a deal-breaker for someone living there, and open to someone elsewhere in the country', () => {
    const job = prepareJob(
      makeJob(`${ABOUT_THE_ROLE}\nRequirements\n- Python`, {
        locationText: 'Remote, USA (excluding TX, NV)',
        workType: 'remote',
      }),
    );
    const inTexas = prepareProfile(
      makeProfile({ location: { city: 'Austin', region: 'TX', country: 'US', willingToRelocate: false } }),
    );
    const inOhio = prepareProfile(
      makeProfile({ location: { city: 'Columbus', region: 'OH', country: 'US', willingToRelocate: false } }),
    );
    expect(placeFactors(inTexas, job).location.score).toBe(0);
    expect(placeFactors(inTexas, job).dealBreakers.join()).toMatch(/not from TX/);
    expect(placeFactors(inOhio, job).location.score).toBe(1);
  });
});

describe('a move the person limits to some countries ("within the EU")', () => {
  const inBerlin = prepareProfile(
    makeProfile({
      location: { city: 'Berlin', country: 'DE', willingToRelocate: true, relocateTo: ['DE', 'NL', 'FR'] },
      workAuthorization: ['DE', 'NL', 'FR'],
    }),
  );
  const abroad = (locationText: string) =>
    placeFactors(
      inBerlin,
      prepareJob(
        makeJob('Requirements\n- Python\nWe sponsor visas and help with relocation.', {
          locationText,
          workType: 'hybrid',
        }),
      ),
    );

  it('is a move they would make inside the limit', () => {
    const amsterdam = abroad('Amsterdam, Netherlands');
    expect(amsterdam.location.score).toBeGreaterThan(0);
    expect(amsterdam.dealBreakers).toEqual([]);
  });

  it('is a move they would not make outside it, even with a visa on offer, and says why', () => {
    const london = abroad('London, UK');
    expect(london.location.score).toBe(0);
    expect(london.dealBreakers[0]).toMatch(/outside where you would relocate \(DE\/NL\/FR\)/);
  });
});
