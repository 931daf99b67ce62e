/**
 * From the weighted factors to the score: what the work is about (relevance.ts) is blended in,
 * a level away from the person's counts against, and a posting with too little text to judge is
 * held low and says so. Each step is returned as a typed adjustment the side panel shows.
 */

import type { MatchFactor, MatchResult } from '../domain/index.ts';
import { bandName, gradesApart } from './grade-band.ts';
import { workLeft } from './leaving.ts';
import { levelCut } from './level-cut.ts';
import { otherProfession } from './other-profession.ts';
import type { PlaceOutcome } from './place.ts';
import { titleSaidOf } from './posting-own-work.ts';
import type { PreparedProfile } from './profile.ts';
import { relevanceOf, type TermRarity } from './relevance.ts';
import { roleFor } from './role-list.ts';
import { ruledOutBy, termsRuledOut } from './ruled-out-by.ts';
import { SECOND_CHOICE, secondChoiceFor } from './second-choice.ts';
import type { PreparedJob } from './types.ts';
import { DEFAULT_WEIGHTS } from './weights.ts';

type Adjustment = NonNullable<MatchResult['adjustments']>[number];

/** Similarity at which the work reads as the person's own (cosine of term vectors; 0.35 is a close fit). */
const FULL_SIMILARITY = 0.35;
/**
 * Share of the score that comes from what the work is about, with the default weights. It is the
 * content side of the score (skills, title), so a persona that puts pay or place first shrinks it
 * in proportion: the person's weights stay in charge.
 */
const RELEVANCE_SHARE = 0.4;
const contentShare = (w: Record<string, number>, counted: readonly MatchFactor[]) => {
  const total = counted.reduce((sum, f) => sum + (w[f] ?? 0), 0);
  const content = counted.filter((f) => f === 'skills' || f === 'title');
  return total ? content.reduce((sum, f) => sum + (w[f] ?? 0), 0) / total : 0;
};
/** The heaviest of the other factors (pay, place, …) that counted, as a share of the counted weights. */
const heaviestOther = (w: Record<string, number>, counted: readonly MatchFactor[]) => {
  const total = counted.reduce((sum, f) => sum + (w[f] ?? 0), 0);
  const other = counted.filter((f) => f !== 'skills' && f !== 'title').map((f) => w[f] ?? 0);
  return total && other.length ? Math.max(...other) / total : 0;
};
/**
 * Share of the skills and title factors read from the whole text rather than from taxonomy skills
 * and title families. Set on postings the rules had never seen: on 17 match sets, each scored with
 * the code as it stood before any tuning on them (72 profiles), NDCG@10 rose with this share
 * (0 -> 0.7: 0.854 -> 0.884 on the older nine sets, 0.902 -> 0.910 on the newer eight), while the
 * sets the rules were tuned on moved 0.953 -> 0.949. Taxonomy skills and title families are read by
 * rules fitted to the postings they were written from; the whole text holds up better on new ones.
 * It is a share inside the content factors, so a persona's weights between content, pay and place
 * keep their meaning.
 */
const CONTENT_FROM_TEXT = 0.7;
/**
 * The score is blended once more with what the work is about, this much of the likeness to one of
 * the rules' reading, before any cut (a level, a specialty, what the person ruled out keep their full
 * force). Set at first contact (npm run bench:match-first-contact: 46 development sets, 185 profiles,
 * each scored by the engine of the commit that added it, before any tuning on it): there the rules
 * ranked 0.907 NDCG@10, level with TF-IDF (0.908), and this blend at 0.5 / 1.2 / 2 ranked
 * 0.915 / 0.917 / 0.918, ahead of TF-IDF on 105 -> 112 / 114 / 115 profiles. Most of the gain comes by
 * 0.5, where pay and place still weigh two thirds of what the person's weights give them. Rules
 * written from the sets in front of them fit those sets; the likeness holds on new ones.
 */
const TEXT_AFTER_RULES = 0.5;
/**
 * Taken per grade between the band a teaching post names and the one the teacher teaches, past the
 * first (a Grade 2 teacher can take Grade 3), up to MAX_GRADE_CUT: the grades are the specialty.
 */
const PER_GRADE = 0.1;
const MAX_GRADE_CUT = 0.3;
/**
 * Taken when the person needs a visa for the job's country and the posting does not say whether
 * it sponsors: a job they can be hired into (one that says it sponsors) ranks first.
 */
const VISA_UNKNOWN = 0.1;
/**
 * Taken from a support role beside the person's profession (an LPN post for a registered nurse):
 * the same ward, other work; and from the profession's own post for someone in its support role (an
 * attorney's post for a paralegal), which asks for a licence they do not show.
 */
const SUPPORT_ROLE = 0.45;
/**
 * A posting that runs into what the person ruled out keeps this share less of its score. Not more:
 * a posting names neighbouring work in passing far more often than a reader can tell from its words
 * ("we welcome customer success managers who want to move into new business"). Scored at first
 * contact (18 development match sets, each by the engine as it stood when the set was added), the
 * cut at 0.35 cost NDCG@10 against none at all; 0.25 keeps most of what it does on the sets it was
 * written from (0.9595 -> 0.9588 over 137 profiles) and gains on the two newest (0.910 -> 0.915,
 * 0.939 -> 0.956).
 */
const RULED_OUT = 0.25;
/** The work the person is leaving (leaving.ts): said as plainly as a phrase ruled out. */
const WORK_LEFT = RULED_OUT;
/**
 * A contract post for someone who asked for a permanent one: the work may be right, the terms are
 * not, so it ranks below the same work on a permanent contract but above other work.
 */
const CONTRACT_TERMS = 0.4;
/** Fewer words than this, and fewer requirement lines than THIN_POSTING_ITEMS, and the posting cannot be judged. */
const THIN_POSTING_WORDS = 80;
const THIN_POSTING_ITEMS = 3;
/** A posting too thin to judge scores at most this: never a strong match on no evidence. */
export const THIN_POSTING_CAP = 50;

/** What the work is about, 0..1 (1 = reads as the person's own work), with the shared terms. */
export function aboutTheWork(p: PreparedProfile, job: PreparedJob, rarity?: TermRarity) {
  // On a page that lists several roles, the work is the person's role's (role-list.ts).
  const rel = relevanceOf(p.terms, roleFor(p.titles, job)?.terms ?? job.terms, rarity);
  // The title is shown beside the score already; the explanation names what the work itself shares.
  const shared = rel.shared.filter((t) => !job.titleTerms.has(t)).slice(0, 5);
  return { about: Math.min(1, rel.similarity / FULL_SIMILARITY), shared };
}

export function blend(
  p: PreparedProfile,
  job: PreparedJob,
  factorScore: number,
  /** The factors that counted for this job (the others had nothing to compare). */
  counted: readonly MatchFactor[],
  { about, shared }: ReturnType<typeof aboutTheWork>,
  visa: PlaceOutcome['visa'],
  /** The skills and title factors' part of factorScore (their weights times their scores). */
  contentPart: number,
): { score: number; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  const usual = contentShare(DEFAULT_WEIGHTS, counted);
  const own = contentShare(p.weights, counted);
  const share = RELEVANCE_SHARE * (usual ? Math.min(1, own / usual) : 1);
  // CONTENT_FROM_TEXT of the content factors' weight is given to what the work is about instead.
  const read = factorScore + CONTENT_FROM_TEXT * (own * about - contentPart);
  // The likeness once more (TEXT_AFTER_RULES), in the persona's proportion as above; a persona that
  // puts pay or place above the usual weights shrinks it by the square of that ("Pay first", twice the
  // usual weight on pay, keeps a quarter of it): the person's own weights come first.
  const heaviest = heaviestOther(p.weights, counted);
  const lean = heaviest ? Math.min(1, heaviestOther(DEFAULT_WEIGHTS, counted) / heaviest) ** 2 : 1;
  const after = TEXT_AFTER_RULES * (share / RELEVANCE_SHARE) * lean;
  let score = ((1 - share) * read + share * about + after * about) / (1 + after);
  adjustments.push({
    kind: 'relevance',
    points: Math.round((score - factorScore) * 100),
    detail: shared.length
      ? `What the work is about: ${Math.round(about * 100)}% alike (${shared.join(', ')})`
      : 'What the work is about: little in common with your experience',
  });
  /** Take a share off the score, with the reason the side panel shows. */
  const take = (kind: Adjustment['kind'], cut: number, detail: string) => {
    const before = score;
    score *= 1 - cut;
    adjustments.push({ kind, points: Math.round((score - before) * 100), detail });
  };
  const level = levelCut(p, job);
  if (level) take('level', level.cut, level.detail);
  const apart = p.gradeBand && job.gradeBand ? gradesApart(p.gradeBand, job.gradeBand) : 0;
  if (apart > 1)
    take(
      'specialty',
      Math.min(MAX_GRADE_CUT, PER_GRADE * (apart - 1)),
      `A ${bandName(job.gradeBand!)} post, ${apart} grades from the ones you teach (${bandName(p.gradeBand!)})`,
    );
  const other = otherProfession(p, job);
  if (other) take('specialty', SUPPORT_ROLE, other);
  const left = workLeft(p.leaving, job);
  if (left) take('leaving', WORK_LEFT, left);
  const ruled = ruledOutBy(p.ruledOut, job, roleFor(p.titles, job));
  if (ruled) {
    // A title the posting says is another role ('… is a quota-carrying sales role'): say why it counts.
    const said = titleSaidOf(job);
    const why = said ? ` (the posting says "${job.parsed.title}" is ${said})` : '';
    take('ruled_out', RULED_OUT, `You said you are not looking for ${ruled}${why}`);
  }
  const second = secondChoiceFor(p, job);
  if (second) take('second_choice', SECOND_CHOICE, second);
  const terms = termsRuledOut(p.ruledOut, job);
  if (terms)
    take(
      'employment_terms',
      CONTRACT_TERMS,
      `A ${terms.form} post ("${terms.said}"); you said you are not looking for ${terms.phrase}`,
    );
  if (visa?.sponsorship === 'unknown')
    take(
      'work_rights',
      VISA_UNKNOWN,
      `You need visa sponsorship${visa.country ? ` for ${visa.country}` : ''} and the posting does not say whether it sponsors`,
    );
  // Not rounded here: two jobs that both show 82 keep their order (the score shown is rounded later).
  let points = score * 100;
  const words = job.parsed.text.split(/\s+/).filter(Boolean).length;
  if (
    words < THIN_POSTING_WORDS &&
    job.parsed.items.length < THIN_POSTING_ITEMS &&
    points > THIN_POSTING_CAP
  ) {
    adjustments.push({
      kind: 'thin_posting',
      points: Math.round(THIN_POSTING_CAP - points),
      detail: `The posting has only ${words} words: too little to judge, so the score is held at ${THIN_POSTING_CAP}`,
    });
    points = THIN_POSTING_CAP;
  }
  return { score: points, adjustments };
}
