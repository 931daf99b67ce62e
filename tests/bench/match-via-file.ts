/**
 * Match bench with resumes imported as people import them: saved as a PDF or Word file and read back by
 * the import (tests/bench/resume-file.ts): in a PDF lines break where the page does and dates sit flush
 * right on the title line; in a Word file bullets are list formatting, not text.
 * `npm run bench:match-via-file -- [--per] [dev3 blind2 …]`
 * Per set: NDCG@10 of the engine with the resume as written and through each file layout, beside TF-IDF
 * on the written text; and how much of the import survives the file: roles (title and start date) and
 * wanted titles read the same as from the written text.
 * Held-out sets print figures only. Last line is JSON.
 */
import { readFileSync } from 'node:fs';
import { prepareJob, prepareProfile, scoreMatch, termRarity } from '../../shared/match/index.ts';
import { draftToProfile, parseResumeText, type ResumeDraft } from '../../shared/resume/index.ts';
import { tfidf } from './baseline-rankers.ts';
import { type Dataset, GRADED_SETS, loadNormalizer, ndcgAt } from './match-sets.ts';
import { RESUME_LAYOUTS, type ResumeLayout, resumeTextViaFile } from './resume-file.ts';

const args = process.argv.slice(2);
const per = args.includes('--per');
const picked = args.filter((a) => !a.startsWith('--'));
const sets = GRADED_SETS.filter((s) => !picked.length || picked.includes(s.name));
const { normalize } = await loadNormalizer();
const NOW = '2026-01-01T00:00:00.000Z';
type Reading = 'written' | ResumeLayout;
const READINGS: Reading[] = ['written', ...RESUME_LAYOUTS];

interface Row {
  set: string;
  heldOut: boolean;
  profile: string;
  ndcg: Record<Reading, number>;
  tfidf: number;
  /** Share of the written import's roles (title + start) and wanted titles read the same via the file. */
  kept: Record<ResumeLayout, { roles: number; titles: number }>;
}

const roleKeys = (d: ResumeDraft) => d.experience.map((e) => `${e.title}|${e.start ?? ''}`.toLowerCase());
const share = (from: string[], to: string[]) =>
  from.length ? from.filter((k) => to.includes(k)).length / from.length : 1;

const rows: Row[] = [];
for (const s of sets) {
  const set: Dataset = JSON.parse(readFileSync(s.path, 'utf8'));
  const jobs = new Map(set.jobs.map((j) => [j.id, prepareJob(normalize(j))]));
  const rarity = termRarity([...jobs.values()].map((j) => j.terms));
  const cosine = tfidf([
    ...set.profiles.map((p) => p.resume_text),
    ...set.jobs.map((j) => `${j.title}\n${j.company}\n${j.location}\n${j.description}`),
  ]);
  for (const [pi, p] of set.profiles.entries()) {
    const graded = set.grades.filter((g) => g.profile === p.id && jobs.has(g.job));
    const ndcgBy = (score: (job: string) => number) =>
      ndcgAt(
        10,
        graded
          .map((g) => ({ g: g.grade, s: score(g.job), id: g.job }))
          .sort((x, y) => y.s - x.s || x.id.localeCompare(y.id))
          .map((r) => r.g),
        graded.map((g) => g.grade),
      );
    const drafts = {} as Record<Reading, ResumeDraft>;
    for (const reading of READINGS)
      drafts[reading] = parseResumeText(
        reading === 'written' ? p.resume_text : await resumeTextViaFile(p.resume_text, reading),
      );
    const ndcg = {} as Row['ndcg'];
    for (const reading of READINGS) {
      const profile = prepareProfile(draftToProfile(drafts[reading]), null);
      ndcg[reading] = ndcgBy((job) => scoreMatch(profile, jobs.get(job)!, { now: NOW, rarity }).rank!);
    }
    const kept = {} as Row['kept'];
    for (const layout of RESUME_LAYOUTS)
      kept[layout] = {
        roles: share(roleKeys(drafts.written), roleKeys(drafts[layout])),
        titles: share(drafts.written.targetTitles, drafts[layout].targetTitles),
      };
    const jobIndex = new Map(set.jobs.map((j, i) => [j.id, set.profiles.length + i]));
    rows.push({
      set: s.name,
      heldOut: s.heldOut,
      profile: p.id,
      ndcg,
      tfidf: ndcgBy((job) => cosine(pi, jobIndex.get(job)!)),
      kept,
    });
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
function summary(rs: Row[]) {
  return {
    profiles: rs.length,
    ...Object.fromEntries(READINGS.map((r) => [`ndcg_${r}`, Number(f3(mean(rs.map((x) => x.ndcg[r]))))])),
    tfidf: Number(f3(mean(rs.map((x) => x.tfidf)))),
    ...Object.fromEntries(
      RESUME_LAYOUTS.flatMap((l) => [
        [`roles_kept_${l}`, Number(f3(mean(rs.map((x) => x.kept[l].roles))))],
        [`titles_kept_${l}`, Number(f3(mean(rs.map((x) => x.kept[l].titles))))],
      ]),
    ),
  };
}
const line = (label: string, rs: Row[]) => {
  const s = summary(rs);
  console.log(
    `${label.padEnd(26)} ${READINGS.map((r) => f3(s[`ndcg_${r}` as keyof typeof s] as number)).join('   ')}   ${f3(s.tfidf)}   ${RESUME_LAYOUTS.map((l) => `${pct(s[`roles_kept_${l}` as keyof typeof s] as number)}/${pct(s[`titles_kept_${l}` as keyof typeof s] as number)}`).join('  ')}`,
  );
};
console.log(
  `NDCG@10 with the resume ${READINGS.join(' / ')} (file layouts), TF-IDF; roles/wanted titles kept per layout`,
);
console.log(
  `${'set'.padEnd(26)} written export narrow docx    tf-idf  kept(export)  kept(narrow)  kept(docx)`,
);
for (const s of sets) {
  const rs = rows.filter((r) => r.set === s.name);
  line(`${s.name}${s.heldOut ? ' (held out)' : ''}`, rs);
  if (per) for (const r of rs) line(`  ${r.profile.slice(0, 24)}`, [r]);
}
const splits: Record<string, ReturnType<typeof summary>> = {};
for (const heldOut of [false, true]) {
  const rs = rows.filter((r) => r.heldOut === heldOut);
  if (!rs.length) continue;
  splits[heldOut ? 'held_out' : 'development'] = summary(rs);
  line(`${heldOut ? 'held-out' : 'development'} (${rs.length} profiles)`, rs);
}
console.log(JSON.stringify({ splits }));
