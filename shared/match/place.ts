import { citizensOnlyOutcome } from './citizenship.ts';
import { metroRelation, withoutDistrict } from './geo.ts';
import { wouldMoveTo } from './prepared-profile.ts';
import type { PreparedProfile } from './profile.ts';
import { remoteFactor } from './remote-factor.ts';
import { tnMeetsNeed } from './tn-status.ts';
import type { FactorOutcome, PreparedJob } from './types.ts';

const where = (p: { city?: string; region?: string; country?: string }) =>
  [p.city?.replace(/\b\w/g, (c) => c.toUpperCase()), p.region, p.country].filter(Boolean).join(', ');

export interface PlaceOutcome {
  location: FactorOutcome;
  remote: FactorOutcome;
  dealBreakers: string[];
  /** An office in another region of the home country for someone who said they will not move. */
  refusedMove: boolean;
  /** Things to check that are not deal-breakers ("sponsorship not mentioned"). */
  notes: string[];
  /**
   * For someone who needs a visa for the job's country: whether the posting sponsors one
   * ('offered'), says nothing ('unknown') or refuses ('none', a deal-breaker). Null when no visa is needed.
   */
  visa: { country: string | null; sponsorship: 'offered' | 'unknown' | 'none' } | null;
}

/** "Dublin 9" is Dublin: a postal district after the city does not make it another one. */
const cityKey = (city: string) => withoutDistrict(city.toLowerCase());

/** A suburb or satellite city of the person's metro: a daily commute, nearly home. */
const SAME_METRO = 0.9;

/** An office in another region of their country, for someone who said they will not move. */
const REFUSED_MOVE = 0.25;

/**
 * Remote within named states of the person's own country ("Remote - California" for someone in
 * Arizona), or everywhere but the person's state ("excluding CO" for someone in Denver): a licence or
 * payroll limit a person in that state cannot meet without moving.
 */
function otherStateOnly(p: PreparedProfile, job: PreparedJob): string | null {
  const { remoteRegions: regions, remoteExcludedRegions: excluded } = job.parsed;
  const home = p.place;
  if (home.region && excluded.some((r) => r.country === home.country && r.region === home.region))
    return `Remote, but not from ${excluded.map((r) => r.region).join('/')}; you live in ${home.region}`;
  if (!regions.length || !home.region || regions.some((r) => r.country !== home.country)) return null;
  if (regions.some((r) => r.region === home.region)) return null;
  return `Remote only from ${regions.map((r) => r.region).join('/')}; you live in ${home.region}`;
}

function locationFactor(p: PreparedProfile, job: PreparedJob, dealBreakers: string[]): FactorOutcome {
  const { workType, remoteCountries, places, relocation } = job.parsed;
  const home = p.place;
  if (workType === 'remote') {
    if (!remoteCountries.length)
      return { factor: 'location', score: 1, detail: 'Remote, no country limit stated' };
    if (!home.country && !p.authorized.size)
      return {
        factor: 'location',
        score: null,
        detail: `Remote in ${remoteCountries.join('/')}; add your country to compare`,
      };
    if (remoteCountries.some((c) => c === home.country || p.authorized.has(c))) {
      const state = otherStateOnly(p, job);
      if (state) {
        if (!p.willingToRelocate) dealBreakers.push(state);
        return { factor: 'location', score: p.willingToRelocate ? 0.3 : 0, detail: state };
      }
      return {
        factor: 'location',
        score: 1,
        detail: `Remote in ${remoteCountries.join('/')} — where you can work`,
      };
    }
    dealBreakers.push(
      `Remote only from ${remoteCountries.join('/')}; you are based in ${home.country ?? 'another country'}`,
    );
    return { factor: 'location', score: 0, detail: `Remote only from ${remoteCountries.join('/')}` };
  }
  if (!places.length)
    return { factor: 'location', score: null, detail: 'No location on the posting — not counted' };
  if (!home.country && !home.city)
    return { factor: 'location', score: null, detail: 'Add your location to compare' };
  let best = -1;
  let bestPlace = places[0];
  for (const place of places) {
    let s: number;
    const metro = metroRelation(home, place);
    if (home.city && place.city && cityKey(home.city) === cityKey(place.city)) s = 1;
    else if (metro === 'same') s = SAME_METRO;
    // Same region: a commute, never worse than the move someone who would relocate accepts. Another
    // metro of the region is a move all the same.
    else if (
      metro !== 'other' &&
      home.region &&
      place.region &&
      home.region === place.region &&
      home.country === place.country
    )
      s = p.willingToRelocate ? 0.9 : 0.8;
    // Someone who would move finds an office anywhere in their own country nearly as good as home.
    // Someone who will not move finds an office in another region of their country far less good.
    else if (place.country && home.country === place.country)
      s = p.willingToRelocate
        ? 0.9
        : p.refusesToRelocate &&
            (metro === 'other' || (place.region && home.region && place.region !== home.region))
          ? REFUSED_MOVE
          : 0.5;
    else if (!place.country || !home.country) s = 0.5;
    // Abroad: only for someone who would move, and better when they may work there or the posting
    // sponsors visas or helps with relocation.
    else if (!wouldMoveTo(p, place.country)) s = 0;
    else
      s = p.authorized.has(place.country) || relocation || job.parsed.sponsorship === 'offered' ? 0.6 : 0.3;
    if (s > best) [best, bestPlace] = [s, place];
  }
  const kind = workType === 'hybrid' ? 'Hybrid' : 'On-site';
  if (best === 0 && workType) {
    dealBreakers.push(
      p.willingToRelocate
        ? `${kind} in ${where(bestPlace)}, another country, outside where you would relocate (${[...p.relocateTo].join('/')})`
        : `${kind} in ${where(bestPlace)}, another country, and your profile does not say you would relocate`,
    );
  }
  const detail =
    best === 1
      ? `${kind} in ${where(bestPlace)} — your city`
      : best === SAME_METRO && metroRelation(home, bestPlace!) === 'same'
        ? `${kind} in ${where(bestPlace)} — your area`
        : best >= 0.8
          ? `${kind} in ${where(bestPlace)} — your region`
          : `${kind} in ${where(bestPlace)}; you are in ${where(home)}`;
  return { factor: 'location', score: workType ? best : Math.max(best, 0.2), detail };
}

/** Location, remote and the deal-breakers that come from place and visas. */
export function placeFactors(p: PreparedProfile, job: PreparedJob): PlaceOutcome {
  const dealBreakers: string[] = [];
  const location = locationFactor(p, job, dealBreakers);
  const { parsed } = job;
  // A posting open in several countries ("remote in the US or Canada", "Manchester or Toronto") is
  // judged by one the person may already work in.
  const countries =
    parsed.workType === 'remote'
      ? parsed.remoteCountries
      : parsed.places.flatMap((x) => (x.country ? [x.country] : []));
  const jobCountry = countries.find((c) => p.authorized.has(c) || p.citizenOf.has(c)) ?? countries[0];
  // A stated need for sponsorship is never about the person's own country.
  const ownCountry = !!jobCountry && (p.citizenOf.has(jobCountry) || p.residentOf.has(jobCountry));
  const lacksAuthorization =
    !ownCountry &&
    (p.requiresSponsorship === true ||
      (!!jobCountry && p.authorized.size > 0 && !p.authorized.has(jobCountry)));
  // A posting that supports TN offers what a Canadian or Mexican citizen needs, whatever else it refuses.
  const tn = parsed.sponsorship !== 'offered' && tnMeetsNeed(p, parsed.supportsTn, jobCountry);
  const sponsorship = tn ? 'offered' : parsed.sponsorship;
  const asked = parsed.authorizationCountries;
  if (
    asked.length &&
    !dealBreakers.length &&
    sponsorship !== 'offered' &&
    (p.authorized.size > 0 || p.requiresSponsorship === true) &&
    !asked.some((c) => p.authorized.has(c))
  ) {
    dealBreakers.push(
      `The posting requires the right to work in ${asked.join('/')}, which your profile does not list`,
    );
  }
  if (lacksAuthorization && sponsorship === 'none' && !dealBreakers.length) {
    dealBreakers.push(
      `You need visa sponsorship${jobCountry ? ` for ${jobCountry}` : ''} and the posting says it offers none`,
    );
  }
  const notes: string[] = [];
  if (tn && lacksAuthorization)
    notes.push('The posting supports TN status, which Canadian and Mexican citizens may hold');
  const citizens = citizensOnlyOutcome(p, parsed.citizensOnly);
  if (citizens.dealBreaker && !dealBreakers.length) dealBreakers.push(citizens.dealBreaker);
  if (citizens.note) notes.push(citizens.note);
  if (lacksAuthorization && parsed.transfersOnly && !dealBreakers.length)
    notes.push('The posting sponsors H-1B transfers but no new petitions: check that fits your visa');
  if (lacksAuthorization && sponsorship === 'unknown' && !dealBreakers.length && jobCountry)
    notes.push(`Visa sponsorship for ${jobCountry} is not mentioned: ask before applying`);
  const visa = lacksAuthorization ? { country: jobCountry ?? null, sponsorship } : null;
  const refusedMove = p.refusesToRelocate && location.score === REFUSED_MOVE;
  return { location, remote: remoteFactor(p, job), dealBreakers, refusedMove, notes, visa };
}
