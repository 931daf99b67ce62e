import { describe, expect, it } from 'vitest';
import { postingRights } from './posting-rights.ts';
import { prepareProfile } from './profile.ts';
import { prepareJob, scoreMatch } from './score.ts';
import { ABOUT_THE_ROLE, makeJob, makeProfile } from './testing.ts';

describe('the right to work a posting asks for', () => {
  const asked = (text: string) => postingRights(text).authorizationCountries;

  it('reads every country a posting hiring in two names, each statement apart', () => {
    expect(asked('You must be authorized to work in the US or legally entitled to work in Canada.')).toEqual([
      'US',
      'CA',
    ]);
    expect(
      asked(
        'You must have the right to work in the UK (Manchester) or be legally entitled to work in Canada (Toronto).',
      ),
    ).toEqual(['GB', 'CA']);
    expect(asked('Candidates must be authorized to work in Canada and the US.')).toEqual(['CA', 'US']);
  });

  it('reads working rights said the Australian way', () => {
    expect(asked('You must have full working rights in Australia.')).toEqual(['AU']);
    expect(asked('Sydney applicants must have full Australian working rights.')).toEqual(['AU']);
  });
});

describe('a posting open in two countries', () => {
  const inToronto = prepareProfile(
    makeProfile({
      location: { city: 'Toronto', region: 'ON', country: 'CA', willingToRelocate: false },
      workAuthorization: ['CA'],
    }),
  );
  const twoCities = prepareJob(
    makeJob(
      `${ABOUT_THE_ROLE}\nRequirements\n- Python\nYou must have the right to work in the UK (Manchester) or be legally entitled to work in Canada (Toronto). We are unable to offer visa sponsorship.`,
      { title: 'Operations Analyst', locationText: 'Manchester, UK or Toronto, Canada (Hybrid)' },
    ),
  );

  it('is judged by the country the person may work in: no visa needed, no deal-breaker', () => {
    const result = scoreMatch(inToronto, twoCities);
    expect(result.dealBreakers).toEqual([]);
    expect(result.gaps.map((g) => g.text).join(' ')).not.toMatch(/sponsorship/i);
  });

  it('still blocks someone who may work in neither and needs a visa it will not give', () => {
    const inDublin = prepareProfile(
      makeProfile({
        location: { city: 'Dublin', country: 'IE', willingToRelocate: true },
        workAuthorization: ['IE'],
        requiresSponsorship: true,
      }),
    );
    expect(scoreMatch(inDublin, twoCities).dealBreakers.length).toBeGreaterThan(0);
  });
});
