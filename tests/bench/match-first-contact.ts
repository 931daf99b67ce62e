/**
 * First contact: `npm run bench:match-first-contact -- [dev17 dev18 …]`. Each development match set
 * is scored by the engine as it stood in the commit that added the set, before anyone tuned on it:
 * the nearest a development set comes to a held-out one. Beside the engine it prints TF-IDF and the
 * engine with each kind of adjustment taken back out, so a rule that costs ranking on postings it
 * was not written from shows as a column above the engine's. Needs the git history (a full clone);
 * each old commit is checked out as a detached worktree under the system temp folder and removed after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutTheWork } from '../../shared/match/blend.ts';
import * as current from '../../shared/match/index.ts';
import { draftToProfile, parseResumeText } from '../../shared/resume/index.ts';
import { tfidf } from './baseline-rankers.ts';
import { firstContactCode } from './first-contact-code.ts';
import { type Dataset, GRADED_SETS, loadNormalizer, ndcgAt } from './match-sets.ts';

const checkouts = firstContactCode('jobraker-first-contact');
const KINDS = [
  'level',
  'specialty',
  'work_rights',
  'ruled_out',
  'employment_terms',
  'leaving',
  'second_choice',
] as const;
type Adjustment = { kind: string; points: number };
interface Row {
  grade: number;
  engine: number;
  tfidf: number;
  by: Record<string, number>;
  /** What the work is about by today's engine (blend.ts), and whether a cap held the old score. */
  about: number;
  capped: boolean;
}
/** The old engine's score blended with today's likeness before its cuts, at these shares (TEXT_AFTER_RULES). */
const BLENDS = [0.5, 1.2, 2];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

const { normalize } = await loadNormalizer();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = GRADED_SETS.filter((s) => !s.heldOut && (!wanted.length || wanted.includes(s.name)));
const columns = [
  'engine',
  'tfidf',
  'no adjustments',
  ...KINDS.map((k) => `no ${k}`),
  ...BLENDS.map((a) => `text ${a}`),
];
const totals: Record<string, number[]> = Object.fromEntries(columns.map((c) => [c, []]));
/** Profiles on which a column ranks better than TF-IDF. */
const ahead: Record<string, number> = Object.fromEntries(columns.map((c) => [c, 0]));
// Short column heads: "no ruled_out" is the engine with the ruled-out cut taken back out.
const SHORT: Record<string, string> = {
  'no adjustments': 'no adjust',
  'no specialty': 'no special',
  'no work_rights': 'no rights',
  'no ruled_out': 'no ruled',
  'no employment_terms': 'no terms',
};
const head = (c: string) => (SHORT[c] ?? c).padStart(10);
console.log(`set          ${columns.map(head).join(' ')}   commit`);
for (const s of sets) {
  const dir = checkouts.codeAt(s.path);
  if (!dir) continue;
  // The first sets predate the resume reader and the match API this reads: those are skipped, said so.
  const loaded = await Promise.all([
    import(join(dir, 'shared/match/index.ts')),
    import(join(dir, 'shared/resume/index.ts')),
  ]).catch(() => null);
  if (!loaded?.[1].draftToProfile) {
    console.log(`${s.name.padEnd(12)} (the engine of its commit cannot be read this way; skipped)`);
    continue;
  }
  const [match, resume] = loaded;
  const set: Dataset = JSON.parse(readFileSync(s.path, 'utf8'));
  const jobs = new Map(set.jobs.map((j) => [j.id, match.prepareJob(normalize(j))]));
  const rarity = match.termRarity?.([...jobs.values()].map((j: { terms: unknown }) => j.terms));
  const cosine = tfidf([
    ...set.profiles.map((p) => p.resume_text),
    ...set.jobs.map((j) => `${j.title}\n${j.company}\n${j.location}\n${j.description}`),
  ]);
  const today = new Map(set.jobs.map((j) => [j.id, current.prepareJob(normalize(j))]));
  const todayRarity = current.termRarity([...today.values()].map((j) => j.terms));
  const perSet: Record<string, number[]> = Object.fromEntries(columns.map((c) => [c, []]));
  set.profiles.forEach((p, pi) => {
    const todayPerson = current.prepareProfile(draftToProfile(parseResumeText(p.resume_text)), null);
    const person = match.prepareProfile(resume.draftToProfile(resume.parseResumeText(p.resume_text)), null);
    const rows: Row[] = set.grades
      .filter((g) => g.profile === p.id)
      .map((g) => {
        const r = match.scoreMatch(person, jobs.get(g.job), { now: '2026-01-01T00:00:00.000Z', rarity });
        const by: Record<string, number> = {};
        for (const a of (r.adjustments ?? []) as Adjustment[]) by[a.kind] = (by[a.kind] ?? 0) + a.points;
        const index = set.profiles.length + set.jobs.findIndex((j) => j.id === g.job);
        const about = aboutTheWork(todayPerson, today.get(g.job)!, todayRarity).about;
        const capped =
          (r.dealBreakers?.length ?? 0) > 0 ||
          ((r.adjustments ?? []) as Adjustment[]).some(
            (a) => a.kind === 'thin_posting' || a.kind === 'refused_move',
          );
        return { grade: g.grade, engine: r.rank ?? r.score, tfidf: cosine(pi, index), by, about, capped };
      });
    // An adjustment's points taken back out: the score as if that rule had not spoken.
    const without = (r: Row, kinds: readonly string[]) =>
      r.engine - kinds.reduce((n, k) => n + (r.by[k] ?? 0), 0);
    const scorers: Record<string, (r: Row) => number> = {
      engine: (r) => r.engine,
      tfidf: (r) => r.tfidf,
      'no adjustments': (r) => without(r, KINDS),
      ...Object.fromEntries(KINDS.map((k) => [`no ${k}`, (r: Row) => without(r, [k])])),
      // Blended before the cuts, which then take their share as they did (a capped score stays as it was).
      ...Object.fromEntries(
        BLENDS.map((a) => [
          `text ${a}`,
          (r: Row) => {
            const uncut = without(r, KINDS);
            if (r.capped || uncut <= 0) return r.engine;
            return ((uncut + a * 100 * r.about) / (1 + a)) * (r.engine / uncut);
          },
        ]),
      ),
    };
    const all = rows.map((r) => r.grade);
    for (const c of columns) {
      const ranked = [...rows].sort((a, b) => scorers[c]!(b) - scorers[c]!(a)).map((r) => r.grade);
      perSet[c]!.push(ndcgAt(10, ranked, all));
    }
    for (const c of columns) if (perSet[c]!.at(-1)! > perSet.tfidf!.at(-1)!) ahead[c]!++;
  });
  for (const c of columns) totals[c]!.push(...perSet[c]!);
  const commit = checkouts.commitOf(dir);
  console.log(
    `${s.name.padEnd(12)} ${columns.map((c) => mean(perSet[c]!).toFixed(3).padStart(10)).join(' ')}   ${commit}`,
  );
}
console.log(`${'mean'.padEnd(12)} ${columns.map((c) => mean(totals[c]!).toFixed(4).padStart(10)).join(' ')}`);
console.log(`${'ahead'.padEnd(12)} ${columns.map((c) => String(ahead[c]).padStart(10)).join(' ')}`);
console.log(
  JSON.stringify({
    ahead_of_tfidf: ahead,
    profiles: totals.engine!.length,
    ...Object.fromEntries(columns.map((c) => [c, mean(totals[c]!)])),
  }),
);
// Leave no worktree behind in the repository's list.
checkouts.removeAll();
