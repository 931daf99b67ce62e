/**
 * Match benchmark: `npm run bench:match -- [dataset.json] [--json] [--text-only]`.
 * `--text-only` skips shared/capture's normalizers: our parser reads location, pay and requirements from text.
 * Dataset (plain text, end to end through resume import and job normalization):
 *   {"profiles":[{"id","resume_text"}],"jobs":[{"id","title","company","location","description"}],
 *    "grades":[{"profile","job","grade"}]}   grades 0–3
 * Prints µs per job for scoring 10,000 jobs against one profile on one core (jobs prepared
 * beforehand, as the product caches them; preparation is timed and printed too) and NDCG@10
 * per profile over all its graded jobs, averaged. Last line is JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type PreparedJob,
  prepareJob,
  prepareProfile,
  quickScore,
  scoreMatch,
  termRarity,
} from '../../shared/match/index.ts';
import { draftToProfile, parseResumeText } from '../../shared/resume/index.ts';
import { overlapScore, tfidf } from './baseline-rankers.ts';
import { type Dataset, GRADED_SETS, loadNormalizer, ndcgAt } from './match-sets.ts';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json');
const file =
  args.find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../fixtures/match/graded-set.json', import.meta.url));
const data: Dataset = JSON.parse(readFileSync(file, 'utf8'));
const log = (...m: unknown[]) => {
  if (!jsonOnly) console.log(...m);
};
const { name: normalizerName, normalize } = await loadNormalizer();
const NOW = '2026-01-01T00:00:00.000Z';

interface Ranking {
  profile: string;
  engine: number;
  tfidf: number;
  overlap: number;
}

/** NDCG@10 per profile for the engine and the two baselines, over the same graded pairs. */
function rankings(set: Dataset): Ranking[] {
  const prepared = new Map(
    set.profiles.map((p) => [p.id, prepareProfile(draftToProfile(parseResumeText(p.resume_text)), null)]),
  );
  const jobById = new Map(set.jobs.map((j) => [j.id, j]));
  const preparedJobs = new Map(set.jobs.map((j) => [j.id, prepareJob(normalize(j))]));
  // As the product does: term rarity over the postings the person has saved (here, the set's).
  const rarity = termRarity([...preparedJobs.values()].map((j) => j.terms));
  const texts = [
    ...set.profiles.map((p) => p.resume_text),
    ...set.jobs.map((j) => `${j.title}\n${j.company}\n${j.location}\n${j.description}`),
  ];
  const cosine = tfidf(texts);
  const jobIndex = new Map(set.jobs.map((j, i) => [j.id, set.profiles.length + i]));
  const out: Ranking[] = [];
  set.profiles.forEach((p, pi) => {
    const graded = set.grades.filter((g) => g.profile === p.id && jobById.has(g.job));
    if (!graded.length) return;
    const ndcgBy = (score: (job: string) => number) => {
      const ranked = graded
        .map((g) => ({ g: g.grade, s: score(g.job), id: g.job }))
        .sort((x, y) => y.s - x.s || x.id.localeCompare(y.id));
      return ndcgAt(
        10,
        ranked.map((r) => r.g),
        graded.map((g) => g.grade),
      );
    };
    const profile = prepared.get(p.id)!;
    out.push({
      profile: p.id,
      engine: ndcgBy((job) => scoreMatch(profile, preparedJobs.get(job)!, { now: NOW, rarity }).rank!),
      tfidf: ndcgBy((job) => cosine(pi, jobIndex.get(job)!)),
      overlap: ndcgBy((job) => {
        const j = jobById.get(job)!;
        return overlapScore(p.resume_text, `${j.title} ${j.description}`);
      }),
    });
  });
  return out;
}

const mean = (rs: Ranking[], k: keyof Omit<Ranking, 'profile'>) =>
  rs.reduce((s, r) => s + r[k], 0) / Math.max(1, rs.length);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function summary(rs: Ranking[]) {
  return {
    profiles: rs.length,
    ndcg_at_10: round3(mean(rs, 'engine')),
    tfidf_ndcg_at_10: round3(mean(rs, 'tfidf')),
    overlap_ndcg_at_10: round3(mean(rs, 'overlap')),
    profiles_beating_best_baseline: rs.filter((r) => r.engine > Math.max(r.tfidf, r.overlap)).length,
    // Level (often both perfect): not behind, not ahead either.
    profiles_level_with_best_baseline: rs.filter((r) => r.engine === Math.max(r.tfidf, r.overlap)).length,
  };
}

const main = rankings(data);
const perProfile: Array<[string, number]> = main.map((r) => [r.profile, r.engine]);

const extraSets: Record<string, ReturnType<typeof summary>> = {};
const extraRankings: Record<string, Ranking[]> = {};
if (!args.some((a) => !a.startsWith('--')))
  for (const { name, path } of GRADED_SETS) {
    if (!existsSync(path)) continue;
    extraRankings[name] = rankings(JSON.parse(readFileSync(path, 'utf8')) as Dataset);
    extraSets[name] = summary(extraRankings[name]);
  }
const ndcg = mean(main, 'engine');

// Speed: 10,000 jobs (the dataset's postings repeated, each prepared separately) vs one profile.
const N = 10_000;
const source = data.jobs.map(normalize);
const t0 = performance.now();
const many: PreparedJob[] = [];
for (let i = 0; i < N; i++) {
  const j = source[i % source.length];
  many.push(prepareJob({ ...j, id: `${j.id}#${i}` }));
}
const t1 = performance.now();
const profile = prepareProfile(draftToProfile(parseResumeText(data.profiles[0]!.resume_text)), null);
// Three passes each; the median is reported (the machine may be shared). The first pass runs
// while V8 is still compiling the scorer, so it is printed too.
const timePasses = (score: (job: PreparedJob) => number) => {
  const passes: number[] = [];
  let sum = 0;
  for (let pass = 0; pass < 3; pass++) {
    const start = performance.now();
    sum = 0;
    for (const job of many) sum += score(job);
    passes.push(performance.now() - start);
  }
  return { passes, median: [...passes].sort((a, b) => a - b)[1], sum };
};
const full = timePasses((job) => scoreMatch(profile, job, { now: NOW }).score);
const quick = timePasses((job) => quickScore(profile, job));
const checksum = full.sum;
const scoreMs = full.median;
const usPerJob = (scoreMs * 1000) / N;
const prepUs = ((t1 - t0) * 1000) / N;

log(`dataset: ${file}`);
log(`job normalization: ${normalizerName}`);
log(`profiles ${data.profiles.length}, jobs ${data.jobs.length}, grades ${data.grades.length}`);
const behindOrLevel = (r: Ranking) => {
  const best = Math.max(r.tfidf, r.overlap);
  return r.engine > best
    ? ''
    : r.engine === best
      ? '   <- level with a baseline'
      : '   <- a baseline ranks better';
};
const table = (rs: Ranking[]) => {
  log('  NDCG@10 per profile      engine  tf-idf  overlap');
  for (const r of rs)
    log(
      `  ${r.profile.padEnd(24)} ${r.engine.toFixed(3)}   ${r.tfidf.toFixed(3)}   ${r.overlap.toFixed(3)}${behindOrLevel(r)}`,
    );
  log(
    `  mean                     ${mean(rs, 'engine').toFixed(3)}   ${mean(rs, 'tfidf').toFixed(3)}   ${mean(rs, 'overlap').toFixed(3)}`,
  );
};
table(main);
log(`NDCG@10 (mean over ${perProfile.length} profiles): ${ndcg.toFixed(3)}`);
for (const [name, rs] of Object.entries(extraRankings)) {
  const set = GRADED_SETS.find((x) => x.name === name);
  log(
    `\n${name} (${set?.path.replace(/.*tests\/fixtures\//, 'tests/fixtures/')}, graded blind, ${set?.heldOut ? 'HELD OUT' : 'development'}):`,
  );
  table(rs);
}
// Both splits pooled per profile: the goal is the engine ahead of the best baseline on every one.
const splits: Record<string, ReturnType<typeof summary>> = {};
for (const heldOut of [false, true]) {
  const rs = GRADED_SETS.filter((x) => x.heldOut === heldOut).flatMap((x) => extraRankings[x.name] ?? []);
  if (!rs.length) continue;
  const s = summary(rs);
  splits[heldOut ? 'held_out' : 'development'] = s;
  log(
    `\n${heldOut ? 'held-out' : 'development'} sets, ${s.profiles} profiles: engine ${mean(rs, 'engine').toFixed(3)}, tf-idf ${mean(rs, 'tfidf').toFixed(3)}, overlap ${mean(rs, 'overlap').toFixed(3)}; engine ahead of the best baseline on ${s.profiles_beating_best_baseline}, level on ${s.profiles_level_with_best_baseline}`,
  );
}
log(`prepare ${N} jobs: ${(t1 - t0).toFixed(0)} ms (${prepUs.toFixed(1)} µs/job, once per job, cached)`);
const fmt = (t: { passes: number[]; median: number }) =>
  `${t.median.toFixed(0)} ms median of 3 passes [${t.passes.map((x) => x.toFixed(0)).join(', ')}] = ${((t.median * 1000) / N).toFixed(1)} µs/job`;
log(`score ${N} jobs vs 1 profile, full MatchResult with evidence: ${fmt(full)} (checksum ${checksum})`);
log(`score ${N} jobs vs 1 profile, quickScore (score only, for sorting lists): ${fmt(quick)}`);
console.log(
  JSON.stringify({
    jobs: N,
    us_per_job: Math.round(usPerJob * 10) / 10,
    prepare_us_per_job: Math.round(prepUs * 10) / 10,
    quick_us_per_job: Math.round(((quick.median * 1000) / N) * 10) / 10,
    ...summary(main),
    ...(Object.keys(extraSets).length ? { sets: extraSets, splits } : {}),
  }),
);
