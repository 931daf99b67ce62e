/**
 * `npm test`: every check, in the order that fails fastest. Prints the wall time of each stage and a
 * closing "N passed, N failed" line that counts the tests the runners executed.
 * Pass stage names to run a subset: `npm test -- unit e2e`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lookUpChromium } from './lib/chromium.ts';

const REPORTS = path.resolve('.data/reports');
fs.mkdirSync(REPORTS, { recursive: true });

interface Stage {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  /** Reads the runner's JSON report: [passed, failed]. */
  count?: () => [number, number];
}

const vitestCount = (file: string) => (): [number, number] => {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return [r.numPassedTests, r.numFailedTests];
};
const playwrightCount = (file: string) => (): [number, number] => {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return [r.stats.expected + r.stats.flaky, r.stats.unexpected];
};

const bin = (name: string) => path.resolve('node_modules/.bin', name);
const STAGES: Stage[] = [
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit'] },
  { name: 'lint', cmd: [bin('biome'), 'check', '.'] },
  {
    name: 'unit',
    cmd: [
      bin('vitest'),
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORTS}/unit.json`,
    ],
    count: vitestCount(`${REPORTS}/unit.json`),
  },
  {
    name: 'build',
    cmd: [
      'sh',
      '-c',
      `${bin('wxt')} build && ${bin('wxt')} build -b firefox --mv3 && ${bin('tsx')} scripts/check-production-bundle.ts`,
    ],
    env: { WXT_LOCAL_DEV: '' }, // the production build, whatever the shell exports
  },
  {
    name: 'integration',
    cmd: [
      bin('vitest'),
      'run',
      '--project',
      'integration',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORTS}/integration.json`,
    ],
    count: vitestCount(`${REPORTS}/integration.json`),
  },
  {
    name: 'e2e',
    cmd: [bin('playwright'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json` },
    count: playwrightCount(`${REPORTS}/e2e.json`),
  },
];

const only = process.argv.slice(2);
const selected = only.length ? STAGES.filter((s) => only.includes(s.name)) : STAGES;

// e2e without a browser would fail every test with the same message; say it once, before any stage runs.
const chromium = selected.some((s) => s.name === 'e2e') ? lookUpChromium() : undefined;
if (chromium?.problem) {
  console.error(`e2e needs Chromium. ${chromium.problem}`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const timings: [string, number, string][] = [];
let passed = 0;
let failed = 0;
let broken: string | null = null;

for (const stage of selected) {
  console.log(`\n▶ ${stage.name}: ${stage.cmd.map((c) => path.basename(c)).join(' ')}`);
  const start = performance.now();
  const run = spawnSync(stage.cmd[0]!, stage.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...stage.env },
  });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  timings.push([stage.name, seconds, ok ? 'ok' : `FAILED (exit ${run.status ?? run.signal})`]);
  if (stage.count) {
    try {
      const [p, f] = stage.count();
      passed += p;
      failed += f;
    } catch {
      if (!ok) failed += 1;
    }
  } else if (!ok) failed += 1;
  if (!ok) {
    broken = stage.name;
    break;
  }
}

console.log('\nStage         wall time');
for (const [name, seconds, status] of timings)
  console.log(`${name.padEnd(13)} ${seconds.toFixed(1).padStart(7)} s  ${status}`);
const total = timings.reduce((a, [, s]) => a + s, 0);
console.log(`${'total'.padEnd(13)} ${total.toFixed(1).padStart(7)} s`);
if (broken) console.log(`\nStopped at ${broken}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
