/**
 * Pipeline benchmark: `npm run bench:pipeline -- [jobs = 5000] [--json]`.
 * - Search: the board's local index over N jobs (title, company, 250-word descriptions): build time, then a
 *   set of queries, each answered as the board answers it (index + filters), p50/p95 in ms.
 * - Board render: the real React board component (extension/entrypoints/pipeline/Board.tsx) drawn with N jobs in
 *   headless Chromium (bundled with esbuild, the page's CSS applied, layout forced), median of several draws.
 * The JSON last line gathers every figure in `figures` (one place: other pipeline figures join it there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, lookUpChromium } from '../../scripts/lib/chromium.ts';
import { applyFilter, EMPTY_FILTER } from '../../shared/pipeline/filters.ts';
import { pipelineItem } from '../../shared/pipeline/items.ts';
import { buildSearchIndex } from '../../shared/pipeline/search-index.ts';
import { seeded, syntheticJobs } from '../../shared/pipeline/testing.ts';
import { measureAnalytics } from './pipeline-analytics.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
const QUERIES = [
  'eng',
  'engineer',
  'kubernetes',
  'acme',
  'data scientist',
  'postgres react',
  'rust kafka',
  'wayne',
  'machine learning engineer 42',
  'security compliance billing',
  'zzz-nothing',
  'd',
  'site reliability',
];
const REPEAT = 15;
const DRAWS = 5;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const ms = (n: number) => Number(n.toFixed(2));
const figures: Record<string, number> = { jobs: N };

// --- search -------------------------------------------------------------------------------------------
const jobs = syntheticJobs(N);
const rand = seeded(7);
const items = jobs.map((job) => pipelineItem(job, { score: Math.round(rand() * 100), personaId: null }));
const docs = jobs.map((j) => ({
  id: j.id,
  version: j.updatedAt,
  title: j.title,
  company: j.company,
  description: j.descriptionText ?? '',
}));
let t = performance.now();
const cache = new Map();
let index = buildSearchIndex(docs, cache);
const buildMs = performance.now() - t;
t = performance.now();
index = buildSearchIndex(
  docs.map((d, i) => (i === 0 ? { ...d, version: 'edited' } : d)),
  cache,
);
const rebuildMs = performance.now() - t;
const times: number[] = [];
let hits = 0;
for (let r = 0; r < REPEAT; r++)
  for (const query of QUERIES) {
    const start = performance.now();
    const shown = applyFilter(items, { ...EMPTY_FILTER, query }, index);
    times.push(performance.now() - start);
    if (r === 0) hits += shown.length;
  }
times.sort((a, b) => a - b);
figures.search_ms_p95 = ms(pct(times, 0.95));
console.log(
  `Search over ${N} jobs (${QUERIES.length} queries × ${REPEAT}, index + filters, ${hits} hits per pass)`,
);
console.log(
  `  index build ${ms(buildMs)} ms (${ms((buildMs / N) * 1000)} µs/job); rebuild after one edit ${ms(rebuildMs)} ms`,
);
console.log(
  `  query p50 ${ms(pct(times, 0.5))} ms · p95 ${figures.search_ms_p95} ms · max ${ms(times.at(-1) ?? 0)} ms (${ms((pct(times, 0.95) / N) * 1000)} µs/job at p95)`,
);

// --- board render (Chromium) --------------------------------------------------------------------------
const chrome = lookUpChromium();
if (!chrome.path) throw new Error(chrome.problem);
const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'pipeline-board-entry.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const css = ['extension/lib/ui/theme.css', 'extension/entrypoints/pipeline/pipeline.css']
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');
const browser = await chromium.launch({ executablePath: chrome.path, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1680, height: 1000 } });
  await page.setContent(
    `<!doctype html><style>${css}</style><main class="pipeline"><div id="root"></div></main>`,
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const draws: { ms: number; cards: number }[] = [];
  for (let i = 0; i < DRAWS + 1; i++)
    draws.push(await page.evaluate((list) => window.renderBoard(list), items));
  const steady = draws
    .slice(1)
    .map((d) => d.ms)
    .sort((a, b) => a - b); // the first draw also compiles the code
  figures.board_render_ms = ms(pct(steady, 0.5));
  const cards = draws[0]?.cards ?? 0;
  console.log(
    `Board render in Chromium, ${N} jobs in 9 columns (${cards} cards drawn: 100 per column before "Show all")`,
  );
  console.log(
    `  first draw ${ms(draws[0]?.ms ?? 0)} ms · median of ${DRAWS} ${figures.board_render_ms} ms (${ms((figures.board_render_ms / cards) * 1000)} µs/card)`,
  );
} finally {
  await browser.close();
}

// Analytics over 5,000 jobs and 20,000 stage events, in the page's code and in SQL as the user.
console.log('\nanalytics (bench:analytics)');
Object.assign(figures, await measureAnalytics((line) => console.log(line)));

if (asJson) console.log(JSON.stringify(figures));
