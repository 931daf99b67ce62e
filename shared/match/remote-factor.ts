/** How the posting's arrangement (remote, hybrid, on-site) meets the person's preference. */
import { wouldMoveTo } from './prepared-profile.ts';
import type { PreparedProfile } from './profile.ts';
import type { FactorOutcome, PreparedJob } from './types.ts';

/**
 * "Remote, or a move abroad": the move is the second route the person named, one notable step from
 * what they asked for first, so an office abroad counts well but below a remote role.
 */
const MOVE_OFFERED = 0.7;

export function remoteFactor(p: PreparedProfile, job: PreparedJob): FactorOutcome {
  const wt = job.parsed.workType;
  if (!p.workTypes.length)
    return { factor: 'remote', score: null, detail: 'No work-type preference in your profile — not counted' };
  if (!wt)
    return {
      factor: 'remote',
      score: null,
      detail: 'The posting does not say remote, hybrid or on-site — not counted',
    };
  if (p.workTypes.includes(wt)) return { factor: 'remote', score: 1, detail: `${wt} — as you prefer` };
  const office = job.parsed.places.find((x) => x.country);
  if (
    office?.country &&
    p.place.country &&
    office.country !== p.place.country &&
    wouldMoveTo(p, office.country)
  )
    return {
      factor: 'remote',
      score: MOVE_OFFERED,
      detail: `${wt} in ${office.country} — the move you offered`,
    };
  const wants = (w: string) => p.workTypes.includes(w as never);
  let score = 0.5;
  if (wants('remote') && !wants('hybrid') && !wants('onsite')) score = wt === 'hybrid' ? 0.4 : 0.1;
  else if (wants('hybrid')) score = wt === 'remote' ? 0.8 : 0.5;
  else if (wants('onsite')) score = wt === 'remote' ? 0.6 : 0.8;
  return { factor: 'remote', score, detail: `${wt}; you prefer ${p.workTypes.join(' or ')}` };
}
