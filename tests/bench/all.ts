/**
 * `npm run bench`: every benchmark in turn, each printing its own figures (per-item costs with the
 * input size), then a one-line summary per benchmark from their --json last lines.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES: [string, string[]][] = [
  ['capture', ['tests/bench/capture.ts', '--json']],
  ['match', ['tests/bench/match.ts', '--json']],
  ['match-via-file', ['tests/bench/match-via-file.ts']],
  ['autofill', ['tests/bench/autofill.ts', '--json']],
  ['materials', ['tests/bench/materials.ts', '--json']],
  ['pipeline', ['tests/bench/pipeline.ts', '--json']],
];

const tsx = path.resolve('node_modules/.bin/tsx');
const summary: string[] = [];
let failed = false;
for (const [name, args] of BENCHES) {
  console.log(`\n▶ bench:${name}`);
  const run = spawnSync(tsx, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  summary.push(`${name.padEnd(9)} ${run.status === 0 ? last : `FAILED (exit ${run.status})`}`);
  failed ||= run.status !== 0;
}
console.log(`\nSummary\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
