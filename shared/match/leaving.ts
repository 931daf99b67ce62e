/**
 * The work a person is leaving, held against a posting that is that work. Three readings, each shown:
 *
 * - The manager line. Someone who holds an individual contributor's job ("Senior Accountant") and whose
 *   every target manages people ("Finance Manager or FP&A Manager") has said the job they hold is the one
 *   they want out of. A posting for that same job, its body giving it no reports, is that work: its words
 *   match theirs best because it is what they did. Targets phrased differently from a title that is
 *   really the same job ("Senior backend IC" for a "Senior Software Engineer, Billing Platform", "Senior
 *   CSM" for a "Customer Success Manager") stay on the same side of the line, so never read as leaving.
 * - A new field under a target's title. Someone whose every target names work (its head word: "designer")
 *   that none of their titles names ("Science Teacher", "Head of Science") is changing field. A posting
 *   titled as a target whose body returns to the old work ("teach our live online classes", "qualified
 *   science teacher") more than twice as often as to the new is the old work under the new name.
 * - An earlier field left behind. Someone whose job now is a target's ("Senior ML Platform Engineer")
 *   and who started in other work ("Data Engineer") has moved on: a posting for the earlier job, unlike
 *   every target, is the work they left (movedOn).
 */
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { TermCounts } from './relevance.ts';
import { spellOut, type TitleInfo, titleSimilarity, titleTokens } from './title-likeness.ts';
import { isManagerTitle, managesPeople } from './titles.ts';
import type { PreparedJob } from './types.ts';

/** What the person is leaving: the job they hold for management, or their field for another. */
export interface Leaving {
  /** The individual contributor's job they hold, when every target manages people. */
  held: { text: string; info: TitleInfo } | null;
  /**
   * The work their titles name and the work every target names instead, when they differ, each as
   * one pattern built here (a posting's body is counted against them for every job scored).
   */
  field: { words: string; from: RegExp; to: RegExp } | null;
  targets: readonly Title[];
  /** Earlier titles in a field the person has since left for their targets' (movedOn). */
  earlier: readonly Title[];
  /** Lower rungs of the job held that the person has climbed past ("Assistant Project Manager"). */
  climbed: readonly Title[];
}

/** A rung below the role a title names: its assistant, associate, deputy, junior or trainee. */
export const LOWER_RUNG = /^(?:assistant|associate|deputy|junior|jr\.?|trainee)\s+/i;

/** A title as written, with its words read once (title-likeness.ts). */
type Title = { text: string; info: TitleInfo };

/** How like the held title a posting's must be to be that job (titleSimilarity; 1 = the same words). */
const SAME_JOB = 0.9;
/** Below this likeness to every past title, a target is another field (titleSimilarity). */
const OTHER_FIELD = 0.5;
/** How like a target a posting's title must be to claim that work. */
const TARGET_TITLE = 0.7;
/** Mentions of the old work's words a body needs, and how many times the new work's it must outnumber. */
const OLD_WORK_MENTIONS = 4;
const OLD_WORK_RATIO = 2;

/** "teacher", "teaching", "teaches" are one word; "engineering" and "engineer" too. */
const stem = (w: string) => {
  const once = w.replace(/(?:ing|ers?|ors?|ists?|ants?|y|s)$/, '');
  return once.replace(/(?:ing|ers?|ors?|ists?|ants?|y|s)$/, '');
};
/** Head words that say a rank or a seat, not a kind of work ("Operations Lead", "HRBP Lead"). */
const RANK_OR_SEAT =
  /^(?:manag|management|lead|leadership|head|director|special|officer|executive|associate|partn|supervis|coordinat|consultant|analy|team|professional|role|position|grade|ic|individual-contribut|contribut)$/;

/**
 * The kind of work a title names: its head word, before a qualifier ("Instructional Designer -
 * Science") or an "of" ("Teacher of English", "Head of Science"); "" when it names a rank or seat.
 */
function workWord(title: string): { stem: string; word: string } {
  const main = spellOut(title).split(/\s[-–|]\s|,|\(|\sof\s/i)[0] ?? '';
  const word = titleTokens(main).at(-1) ?? '';
  const s = stem(word);
  return s.length > 2 && !/\d/.test(s) && !RANK_OR_SEAT.test(s) ? { stem: s, word } : { stem: '', word };
}

/** Any of the stems, each with its endings ("teach" finds "teaching", "teacher"). */
const anyOf = (stems: readonly string[]) =>
  new RegExp(`\\b(?:${stems.map(escapeRegExp).join('|')})\\w{0,4}\\b`, 'gi');

/** `latest` and `past` are the person's titles, `targets` the ones they aim at, each read once by the caller. */
export function prepareLeaving(
  latest: Title | null,
  past: readonly Title[],
  targets: readonly Title[],
): Leaving | null {
  if (!targets.length) return null;
  const held =
    latest && !isManagerTitle(latest.text) && targets.every((t) => managesPeople(t.text)) ? latest : null;
  const from = [
    ...new Map(
      past
        .map((t) => workWord(t.text))
        .filter((w) => w.stem)
        .map((w) => [w.stem, w]),
    ).values(),
  ];
  const to = targets.map((t) => workWord(t.text).stem);
  const elsewhere = targets.every((t) => past.every((p) => titleSimilarity(t.info, p.info) < OTHER_FIELD));
  const field =
    elsewhere && from.length && to.every((s) => s && !from.some((f) => f.stem === s))
      ? {
          words: from.map((f) => f.word).join(' or '),
          from: anyOf(from.map((f) => f.stem)),
          to: anyOf([...new Set(to)]),
        }
      : null;
  const earlier = movedOn(latest, past, targets);
  const climbed = climbedPast(latest, past, targets);
  if (!held && !field && !earlier.length && !climbed.length) return null;
  return { held, field, targets, earlier, climbed };
}

/**
 * The lower rungs of the job held, among the person's earlier titles ("Assistant Project Manager" before
 * "Project Manager"), when the job held is what they aim at: a posting for that rung is a step back down.
 */
function climbedPast(latest: Title | null, past: readonly Title[], targets: readonly Title[]): Title[] {
  if (!latest || LOWER_RUNG.test(latest.text)) return [];
  if (!targets.some((t) => titleSimilarity(t.info, latest.info) >= TARGET_TITLE)) return [];
  const held = titleTokens(latest.text).join(' ');
  return past.filter(
    (p) =>
      p.text !== latest.text &&
      LOWER_RUNG.test(p.text) &&
      titleTokens(p.text.replace(LOWER_RUNG, '')).join(' ') === held,
  );
}

/** The rung below the job held that a posting is, for the level cut (level-cut.ts); null when it is none. */
export function rungClimbed(leaving: Leaving | null, job: PreparedJob): string | null {
  if (!leaving?.climbed.length || !LOWER_RUNG.test(job.parsed.title)) return null;
  return leaving.climbed.find((c) => titleSimilarity(job.title, c.info) >= SAME_JOB)?.text ?? null;
}

/**
 * The earlier jobs of someone whose latest job is already one of their targets and who has moved on
 * from them: each unlike every target and unlike the job they hold ("Data Engineer" before "Senior ML
 * Platform Engineer", aiming at "Senior ML platform or MLOps"). A posting for that earlier job is work
 * they left, as a career changer's old work is; a step up the same ladder stays like the targets.
 */
function movedOn(latest: Title | null, past: readonly Title[], targets: readonly Title[]): Title[] {
  if (!latest || !targets.some((t) => titleSimilarity(t.info, latest.info) >= TARGET_TITLE)) return [];
  const unlike = (p: Title) => targets.every((t) => titleSimilarity(t.info, p.info) < OTHER_FIELD);
  return past.filter((p) => p.text !== latest.text && unlike(p));
}

/**
 * What a person's work is about, less the field they are leaving: a management accountant moving into
 * data analysis has years of "accounting" and "audit" in their lines, and a posting that is about
 * accounting is not about the work they want (relevance.ts). Terms of the old field's words go.
 */
export function withoutWorkLeft(terms: TermCounts, leaving: Leaving | null): TermCounts {
  const from = leaving?.field?.from;
  if (!from) return terms;
  return new Map(
    [...terms].filter(([t]) => {
      from.lastIndex = 0;
      return !from.test(t);
    }),
  );
}

const mentions = (words: RegExp, text: string) => text.match(words)?.length ?? 0;

/** Why the posting is the work the person is leaving, for the side panel; null when it is not. */
export function workLeft(leaving: Leaving | null, job: PreparedJob): string | null {
  if (!leaving) return null;
  const { held, field, targets } = leaving;
  const names = targets.map((t) => t.text).join(', ');
  if (held && job.isIndividualContributor && titleSimilarity(job.title, held.info) >= SAME_JOB)
    return `An individual contributor's post like the job you hold (${held.text}); you are looking to manage (${names})`;
  const left = leaving.earlier.find((e) => titleSimilarity(job.title, e.info) >= SAME_JOB);
  if (left && !targets.some((t) => titleSimilarity(job.title, t.info) >= OTHER_FIELD))
    return `Like an earlier job of yours (${left.text}), work you have moved on from to your targets (${names})`;
  if (!field || !targets.some((t) => titleSimilarity(job.title, t.info) >= TARGET_TITLE)) return null;
  const old = mentions(field.from, job.parsed.text);
  if (old < OLD_WORK_MENTIONS || old <= OLD_WORK_RATIO * mentions(field.to, job.parsed.text)) return null;
  return `Titled like your targets (${names}), but its body returns to your past work as ${field.words} (${old} mentions), more than twice as often as to the new`;
}
