/**
 * First contact for capture: `npm run bench:capture-first-contact -- [capture40 capture41 …]`. Each capture
 * set's development split is extracted by the code of the commit that added it, before anyone tuned on
 * it, and judged by today's rules (capture-judge.ts): the nearest a development split comes to a
 * held-out one. It prints per set and pooled per field, and for remote, pay and employment type how the
 * misses split by the source the old code read (structured data, an adapter, the page's text, none), so
 * a rule about which source to trust can be set on pages the rules were not written from. Needs the git
 * history; each old commit is checked out as a detached worktree under the system temp folder and
 * removed after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { FIELDS, type Field, judge, type Label, pageUrl } from './capture-judge.ts';
import { benchNow } from './capture-score-set.ts';
import { CAPTURE_SETS } from './capture-sets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const git = (...a: string[]) =>
  execFileSync('git', ['-C', ROOT, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const made: string[] = [];

/** The commit that first added the split's labels, checked out once (its node_modules are this one's). */
function codeAt(labels: string): string | null {
  const added = git('log', '--diff-filter=A', '--format=%h', '--', relative(ROOT, labels)).split('\n').at(-1);
  if (!added) return null;
  const dir = join(tmpdir(), `jobraker-capture-first-contact-${added}`);
  if (!existsSync(dir)) {
    git('worktree', 'add', '--detach', '--force', dir, added);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    made.push(dir);
  }
  return dir;
}

/** The provenance key of each judged field whose source is worth splitting misses by. */
const SOURCED: Partial<Record<Field, string>> = {
  remote: 'workType',
  salary: 'salary',
  employment_type: 'employmentType',
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const bySource = new Map<string, { right: number; wrong: number }>();
let pages = 0;
for (const set of CAPTURE_SETS.filter((s) => !wanted.length || wanted.includes(s))) {
  const split = fileURLToPath(new URL(`../fixtures/${set}/dev/`, import.meta.url));
  const labels = join(split, 'labels.json');
  const dir = existsSync(labels) ? codeAt(labels) : null;
  if (!dir) continue;
  // biome-ignore lint/suspicious/noExplicitAny: old commits' types are not this one's
  const code: any = await import(join(dir, 'shared/capture/adapters/all.ts'))
    .then(() => import(join(dir, 'shared/capture/extract.ts')))
    .catch(() => null);
  if (!code) {
    console.log(`${set.padEnd(14)} (the code of its commit cannot be read this way; skipped)`);
    continue;
  }
  const setRight = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const ls = JSON.parse(readFileSync(labels, 'utf8')) as Label[];
  for (const l of ls) {
    const path = join(split, l.file);
    const { document } = parseHTML(readFileSync(path, 'utf8'));
    const job = code.extractJob(document, pageUrl(document, path), { now: benchNow });
    const verdict = judge(l, job);
    pages++;
    for (const f of FIELDS) if (verdict[f]) setRight[f]++;
    for (const [field, key] of Object.entries(SOURCED)) {
      const source = `${field} from ${job.provenance?.[key]?.source ?? 'none'}`;
      const tally = bySource.get(source) ?? { right: 0, wrong: 0 };
      tally[verdict[field as Field] ? 'right' : 'wrong']++;
      bySource.set(source, tally);
    }
  }
  for (const f of FIELDS) right[f] += setRight[f];
  const pct = (n: number) => `${((n / ls.length) * 100).toFixed(0)}`.padStart(4);
  console.log(
    `${set.padEnd(14)} ${String(ls.length).padStart(3)} pages  ${FIELDS.map((f) => `${f} ${pct(setRight[f])}`).join('  ')}   ${relative(tmpdir(), dir).replace('jobraker-capture-first-contact-', '')}`,
  );
}
const pooled = Object.fromEntries(FIELDS.map((f) => [f, Number((right[f] / Math.max(1, pages)).toFixed(4))]));
console.log(
  `\n${pages} pages at first contact: ${FIELDS.map((f) => `${f} ${(pooled[f]! * 100).toFixed(1)}%`).join(', ')}`,
);
console.log('by the source the old code read (right / wrong):');
for (const [source, t] of [...bySource].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${source.padEnd(32)} ${String(t.right).padStart(4)} / ${String(t.wrong).padStart(3)}`);
console.log(JSON.stringify({ pages, fields: pooled, by_source: Object.fromEntries(bySource) }));
for (const dir of made) git('worktree', 'remove', '--force', dir);
