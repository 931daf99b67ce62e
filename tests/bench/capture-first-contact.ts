import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { FIELDS, type Field, judge, type Label, pageUrl } from './capture-judge.ts';
import { benchNow } from './capture-score-set.ts';
import { CAPTURE_SETS } from './capture-sets.ts';
import { firstContactCode } from './first-contact-code.ts';

const checkouts = firstContactCode('jobraker-capture-first-contact');

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
  const dir = existsSync(labels) ? checkouts.codeAt(labels) : null;
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
    `${set.padEnd(14)} ${String(ls.length).padStart(3)} pages  ${FIELDS.map((f) => `${f} ${pct(setRight[f])}`).join('  ')}   ${checkouts.commitOf(dir)}`,
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
checkouts.removeAll();
