import { MATCH_FACTORS, type MatchResult, type Persona, type Profile } from '../domain/index.ts';
import { aboutTheWork, blend } from './blend.ts';
import { cosine, EMBEDDING_BLEND } from './embeddings.ts';
import { employmentTerms } from './employment.ts';
import { requirementEvidence, topGaps } from './evidence.ts';
import { explain } from './explain.ts';
import {
  educationFactor,
  experienceFactor,
  industryFactor,
  salaryFactor,
  skillCredits,
  skillsFactor,
  titleFactor,
} from './factors.ts';
import { postingBand } from './grade-band.ts';
import { homeTeams } from './home-team.ts';
import { industriesIn } from './industry.ts';
import { placeFactors } from './place.ts';
import { type PreparedProfile, prepareProfile } from './profile.ts';
import { type TermRarity, termCounts, terms } from './relevance.ts';
import { leadsPeople, saysIndividualContributor } from './reports.ts';
import { parsePosting } from './requirements.ts';
import { familiesOf } from './title-families.ts';
import { titleInfo } from './title-likeness.ts';
import { isLeadTitle, isManagerTitle } from './titles.ts';
import type { FactorOutcome, JobInput, PreparedJob } from './types.ts';

/** A deal-breaker holds the score at or below this, whatever the other factors say. */
export const DEAL_BREAKER_CAP = 25;
/**
 * A move the person ruled out (an office in another region, for someone who will not relocate) is
 * not impossible, as a deal-breaker is, but leaves at best a weak fit however good the role.
 */
export const REFUSED_MOVE_CAP = 50;

/** Parse a posting once; keep the result with the job and reuse it for every profile and persona. */
export function prepareJob(job: JobInput): PreparedJob {
  const parsed = parsePosting(job);
  const opening = parsed.text.slice(0, 600);
  const title = titleInfo(job.title);
  const teams = homeTeams(parsed.text);
  const givesReports = leadsPeople(parsed.text);
  const noReports = saysIndividualContributor(parsed.text);
  return {
    id: job.id,
    // "Emergency Care Team Leader" names no field; "to join our senior nursing team" does.
    title: title.families.length ? title : { ...title, families: familiesOf(teams.join('; ')) },
    isManager: isManagerTitle(job.title) && !noReports,
    isIndividualContributor: noReports || (!isLeadTitle(job.title) && !givesReports),
    leadsPeople: givesReports,
    homeTeams: teams,
    employer: job.company ?? '',
    industries: industriesIn(`${job.company ?? ''} ${opening}`),
    parsed,
    terms: termCounts(`${job.title}\n${parsed.text}`, [job.title]),
    titleTerms: new Set(terms(job.title)),
    employment: employmentTerms(job.title, parsed.text, job.employmentType),
    gradeBand: postingBand(job.title),
  };
}

export interface ScoreOptions {
  /** ISO timestamp stored as `computedAt`; fix it for reproducible results. */
  now?: string;
  /** Optional precomputed embeddings (see embeddings.ts); ignored unless both are given. */
  embeddings?: { profile?: Float32Array; job?: Float32Array };
  /** How rare each term is among the saved postings (relevance.ts termRarity); every term weighs 1 without it. */
  rarity?: TermRarity;
}

/** Factors that say whether this is the person's kind of work; the rest are conditions around it. */
const CONTENT = new Set<string>(['skills', 'title']);
/** Relevance at or above which conditions count in full. */
const FULL_RELEVANCE = 0.6;

/**
 * A job far from the person's skills and titles should not score on conditions alone (a
 * teaching post in your city is not a 30% match for a marketer). Conditions count in
 * proportion to relevance up to FULL_RELEVANCE. More skills never lower it.
 */
function relevanceGate(outcomes: Record<string, FactorOutcome>, about: number): number {
  const s = outcomes.skills.score;
  const t = outcomes.title.score;
  const named = s !== null && t !== null ? 0.6 * s + 0.4 * t : (s ?? t ?? FULL_RELEVANCE);
  // What the work is about counts too: a Java role is not far from a Python backend engineer.
  return Math.min(1, (0.7 * named + 0.3 * about) / FULL_RELEVANCE);
}

interface Evaluation {
  score: number;
  factors: MatchResult['factors'];
  outcomes: Record<string, FactorOutcome>;
  credits: ReturnType<typeof skillCredits>;
  place: ReturnType<typeof placeFactors>;
  gate: number;
  adjustments: NonNullable<MatchResult['adjustments']>;
}

function evaluate(p: PreparedProfile, job: PreparedJob, options: ScoreOptions): Evaluation {
  const credits = skillCredits(p, job);
  const place = placeFactors(p, job);
  const title = titleFactor(p, job);
  const e = options.embeddings;
  if (e?.profile && e.job && title.score !== null) {
    const sem = Math.max(0, cosine(e.profile, e.job));
    title.score = (1 - EMBEDDING_BLEND) * title.score + EMBEDDING_BLEND * sem;
  }
  const outcomes: Record<string, FactorOutcome> = {
    skills: skillsFactor(credits),
    salary: salaryFactor(p, job),
    remote: place.remote,
    location: place.location,
    industry: industryFactor(p, job),
    title,
    experience: experienceFactor(p, job),
    education: educationFactor(p, job),
  };
  let weightSum = 0;
  for (const f of MATCH_FACTORS) if (outcomes[f].score !== null) weightSum += p.weights[f];
  const about = aboutTheWork(p, job, options.rarity);
  const gate = relevanceGate(outcomes, about.about);
  let raw = 0;
  let contentPart = 0;
  const factors = MATCH_FACTORS.map((f) => {
    const o = outcomes[f];
    const weight = o.score === null || weightSum === 0 ? 0 : p.weights[f] / weightSum;
    raw += weight * (o.score ?? 0) * (CONTENT.has(f) ? 1 : gate);
    if (CONTENT.has(f)) contentPart += weight * (o.score ?? 0);
    return { factor: f, score: o.score ?? 0, weight, detail: o.detail };
  });
  const blended =
    weightSum === 0
      ? { score: 50, adjustments: [] }
      : blend(
          p,
          job,
          raw,
          MATCH_FACTORS.filter((f) => outcomes[f].score !== null),
          about,
          place.visa,
          contentPart,
        );
  let score = blended.score;
  const adjustments = blended.adjustments;
  if (place.dealBreakers.length) score = Math.min(score, DEAL_BREAKER_CAP);
  else if (place.refusedMove && score > REFUSED_MOVE_CAP) {
    adjustments.push({
      kind: 'refused_move',
      points: Math.round(REFUSED_MOVE_CAP - score),
      detail: `${place.location.detail}: a move you did not offer, so the score is held at ${REFUSED_MOVE_CAP}`,
    });
    score = REFUSED_MOVE_CAP;
  }
  return { score, factors, outcomes, credits, place, gate, adjustments };
}

/**
 * Score one prepared job for one prepared profile: 0–100, each factor's score and detail,
 * per-requirement evidence, top gaps and a short explanation. Factors the posting or the
 * profile says nothing about are not counted (weight 0) rather than scored as a mismatch.
 */
export function scoreMatch(p: PreparedProfile, job: PreparedJob, options: ScoreOptions = {}): MatchResult {
  const { score: exact, factors, outcomes, credits, place, gate, adjustments } = evaluate(p, job, options);
  const score = Math.round(exact);
  const dealBreakers = place.dealBreakers;
  const gaps = topGaps(p, job, credits, place);
  const locationOk = place.location.score === null ? null : place.location.score > 0;
  return {
    jobId: job.id,
    personaId: p.personaId,
    score,
    rank: exact,
    factors,
    requirements: requirementEvidence(p, job, locationOk),
    gaps,
    dealBreakers,
    explanation:
      p.credits.size === 0 && p.titles.length === 0
        ? `No match yet (${score}/100): your profile has no skills or experience. Import a resume or add them.`
        : explain(score, factors, outcomes, dealBreakers, gaps, gate, adjustments),
    adjustments,
    computedAt: options.now ?? new Date().toISOString(),
  };
}

/** The same 0–100 score, unrounded (the rank), without evidence, gaps or explanation: for sorting long lists. */
export function quickScore(p: PreparedProfile, job: PreparedJob, options: ScoreOptions = {}): number {
  return evaluate(p, job, options).score;
}

/** One-off convenience: prepare both sides and score. For lists, prepare once and call scoreMatch. */
export function matchJob(
  profile: Profile,
  persona: Persona | null,
  job: JobInput,
  options: ScoreOptions = {},
): MatchResult {
  return scoreMatch(prepareProfile(profile, persona), prepareJob(job), options);
}
