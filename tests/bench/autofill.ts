/**
 * Autofill classifier benchmark over saved forms with a labels.json (format in
 * ../shared/corpus/README.md). Usage: npm run bench:autofill -- [dir] [--json]
 * Without a dir it runs the development corpus (../shared/corpus/forms) and the blind split
 * (tests/fixtures/forms-blind: written by a labeller who never saw the classifier's output; no
 * tuning looks at it), each beside the "leave it empty" baseline. A wrong-type fill is a wrong type
 * the product would write (confidence at or above the planner's floor, on a field the planner does not
 * skip whatever the profile holds: hidden, a bot trap, disabled). The last line is JSON:
 * the first set's figures, with every set under `sets`.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { classifyForm } from '../../shared/autofill/classify/classify-form.ts';
import { planFill } from '../../shared/autofill/plan/plan-fill.ts';
import { SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS } from '../../shared/autofill/plan/sample-profile.ts';
import { median, PLAN_FILES, RUNS, type SetResult, scoreFormSet } from './autofill-score-set.ts';
import { FORMS_SETS, type Pooled, pool } from './autofill-sets.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const useAdapters = !args.includes('--no-adapters');
const given = args.find((a) => !a.startsWith('--'));
const SETS: { name: string; dir: string; heldOut?: boolean }[] = given
  ? [{ name: 'given', dir: resolve(given) }]
  : [{ name: 'dev', dir: resolve('../shared/corpus/forms') }, ...FORMS_SETS];

const log = (line: string) => {
  if (!json) console.log(line);
};

const results: Record<string, SetResult> = {};
for (const set of SETS) {
  log(`\n== ${set.name}: ${set.dir}`);
  results[set.name] = scoreFormSet(set.dir, {
    blind: set.heldOut === true,
    verbose,
    why: args.includes('--why'),
    useAdapters,
    log,
  });
}

// A long form made of project fixtures, for the "40-field form under 50 ms" target.
{
  const fixtureDir = resolve(import.meta.dirname, '../fixtures/forms');
  const bodies = ['greenhouse-like.html', 'tricky-labels.html']
    .map((f) => readFileSync(join(fixtureDir, f), 'utf8').replace(/^[\s\S]*?<body>|<\/body>[\s\S]*$/g, ''))
    .join('\n');
  const { document } = parseHTML(`<!doctype html><html><body>${bodies}</body></html>`);
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS * 2; i++) {
    const started = performance.now();
    const classified = classifyForm(document, { useAdapters });
    planFill(classified, SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS, PLAN_FILES);
    runs.push(performance.now() - started);
    count = classified.length;
  }
  log(
    `long fixture form: ${count} fields, ${median(runs).toFixed(1)} ms classify+plan (median of ${runs.length})`,
  );
}

// The blind sets pooled by split, field-weighted: the goal is >= 95% right and 0 wrong fills on each.
const splits: Record<string, Pooled> = {};
for (const heldOut of [false, true]) {
  const rs = SETS.filter((x) => x.name !== 'dev' && !!x.heldOut === heldOut).flatMap(
    (x) => results[x.name] ?? [],
  );
  if (!rs.length || given) continue;
  const p = pool(rs);
  splits[heldOut ? 'held_out' : 'development'] = p;
  log(
    `${heldOut ? 'held-out' : 'development'} sets: ${rs.length} sets, ${p.forms} forms, ${p.fields} fields, accuracy ${(p.accuracy * 100).toFixed(1)}%, wrong-type fills ${p.wrong_type_fills}, filled or left right ${(p.filled_right * 100).toFixed(1)}%`,
  );
}

const first = Object.values(results)[0];
console.log(JSON.stringify({ ...first, sets: results, ...(given ? {} : { splits }) }));
