/**
 * Capture benchmark: runs extractJob over a folder of saved job pages with a labels.json
 * (format: ../shared/corpus/README.md) and prints per-field accuracy and timing.
 *
 *   npm run bench:capture -- [dir] [--json] [--verbose] [--no-adapters] [--no-url]
 *
 * Default dir: ../shared/corpus/jobs. Pages are read at run time only (never copied).
 * The page URL is not in labels.json, so it is taken from the page itself (<link rel=canonical>,
 * then og:url), else a file:// URL — the same information a browser would have.
 *
 * Field correctness (strings compared after NFKD, lower-casing, unifying quotes/dashes and
 * collapsing whitespace; "norm" below):
 * - title: norm equal to the label or one of `alternatives.title` (a null label: we found none).
 * - company: norm equal (legal suffixes such as Inc/LLC ignored) to the label or `alternatives.company`.
 * - location: label null → correct when we found none. Otherwise both sides become sets of
 *   letter/digit tokens with place names folded to codes (California → ca, United States → us);
 *   correct when the label's set is inside ours, or ours is inside the label's and still holds the
 *   label's first part (city or "Remote"). So "Melbourne VIC (Remote)" ~ "Melbourne VIC" and
 *   "Munich, Germany" ~ "Germany, Munich"; `alternatives.location` accepted too.
 * - remote: label true/false/null vs our workType (remote → true, hybrid/onsite → false, none → null).
 * - salary: both absent, or min, max, currency and period all equal.
 * - employment_type: label (FULL_TIME…) equals ours upper-cased, or both absent.
 * - description: every `description_must_contain` phrase occurs in our description text (norm).
 * Timing: parse (linkedom) and extraction are timed separately. Each page is extracted once cold
 * (first run in the process), then 5 more times; `ms_per_page_median` is the median over pages of
 * each page's median warm extraction time. Cold times are printed too, and the CPU time of the
 * warm runs (process.cpuUsage), which stays steady when other processes load the machine.
 * A generated ~5 MB page (shared/capture/testkit/huge-page.ts) is also timed: bounded work; so is the
 * description sanitizer on 270 KB of unclosed tags and quotes: linear work.
 *
 * With no folder given it also runs tests/fixtures/capture-blind: a dev split (per page) and a blind
 * split (per field only: its misses are never printed, so no tuning sees them), each beside a
 * structured-data baseline (JSON-LD and meta tags only; capture-baseline.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import '../../shared/capture/adapters/all.ts';
import { extractJob } from '../../shared/capture/extract.ts';
import { sanitizeHtmlString } from '../../shared/capture/normalize/html.ts';
import { hugePageHtml } from '../../shared/capture/testkit/huge-page.ts';
import { FIELDS, type Field, median } from './capture-judge.ts';
import { benchNow, type SetResult, scoreCaptureSet } from './capture-score-set.ts';
import { CAPTURE_SETS, poolPages } from './capture-sets.ts';

function printFields(name: string, r: SetResult) {
  console.log(`\n${name}: ${r.pages} pages\nfield            capture  structured-data baseline`);
  for (const k of FIELDS)
    console.log(
      `${k.padEnd(16)} ${(r.fields[k] * 100).toFixed(1).padStart(6)}%  ${(r.baseline[k] * 100).toFixed(1).padStart(6)}%`,
    );
}

function main() {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const given = args.find((a) => !a.startsWith('--'));
  const dir = resolve(given ?? '../shared/corpus/jobs');
  const main = scoreCaptureSet(dir, args, true);
  // Bounded work: a generated ~5 MB page (see shared/capture/testkit/huge-page.ts).
  const huge = hugePageHtml();
  let t0 = performance.now();
  const hugeDoc = parseHTML(huge).document;
  const hugeParse = performance.now() - t0;
  t0 = performance.now();
  extractJob(hugeDoc, 'https://hugeco.example/jobs/platform-engineer', { now: benchNow });
  const hugeMs = performance.now() - t0;
  console.log(
    `${'generated-huge-page'.padEnd(28)} ${(huge.length / 1024).toFixed(0).padStart(5)} KB  parse ${hugeParse.toFixed(1).padStart(6)} ms  extract ${hugeMs.toFixed(1).padStart(6)} ms  (not in accuracy)`,
  );
  // The sanitizer on hostile markup (unclosed tags and quotes): it must stay linear.
  const evil = `${'<a href="'.repeat(20_000)}${'<div '.repeat(20_000)}`;
  t0 = performance.now();
  sanitizeHtmlString(evil);
  console.log(
    `${'unclosed-tags-and-quotes'.padEnd(28)} ${(evil.length / 1024).toFixed(0).padStart(5)} KB  sanitize ${(performance.now() - t0).toFixed(1).padStart(6)} ms  (not in accuracy)`,
  );
  printFields(given ? dir : 'development corpus (../shared/corpus/jobs)', main);
  const msMedian = Math.round(median(main.warm) * 10) / 10;
  console.log(
    `\npages ${main.pages}  extract median warm ${msMedian} ms (cpu ${median(main.cpu).toFixed(1)} ms), cold ${median(main.cold).toFixed(1)} ms (max cold ${Math.max(...main.cold).toFixed(1)} ms)  parse median ${median(main.parse).toFixed(1)} ms`,
  );
  const sets: Record<
    string,
    { pages: number; fields: Record<Field, number>; baseline: Record<Field, number> }
  > = {};
  // Sets written blind: a dev split that tuning may look at (misses printed per page) and a blind
  // split that no tuning looks at.
  const bySplit: Record<'dev' | 'blind', SetResult[]> = { dev: [], blind: [] };
  if (!given)
    for (const set of CAPTURE_SETS) {
      const dir = fileURLToPath(new URL(`../fixtures/${set}/`, import.meta.url));
      for (const split of ['dev', 'blind'] as const)
        if (existsSync(join(dir, split, 'labels.json'))) {
          if (split === 'dev') console.log(`\n${set} dev split, per page:`);
          const r = scoreCaptureSet(join(dir, split), args, split === 'dev');
          printFields(
            `${set} ${split} split (written blind${split === 'blind' ? '; misses never printed' : ''})`,
            r,
          );
          const key = `${set === 'capture-blind' ? '' : `${set.replace('capture-', '')}-`}${split}-split`;
          sets[key] = { pages: r.pages, fields: r.fields, baseline: r.baseline };
          bySplit[split].push(r);
        }
    }
  // Both splits pooled by page: the goal is >= 95% per field on pages nobody tuned on.
  const splits: Record<string, ReturnType<typeof poolPages>> = {};
  for (const split of ['dev', 'blind'] as const) {
    if (!bySplit[split].length) continue;
    const pooled = poolPages(bySplit[split]);
    splits[split === 'dev' ? 'development' : 'held_out'] = pooled;
    console.log(
      `\n${split === 'dev' ? 'development' : 'held-out'} splits pooled, ${pooled.pages} pages: ${FIELDS.map((k) => `${k} ${(pooled.fields[k] * 100).toFixed(1)}%`).join(', ')}`,
    );
  }
  if (asJson) {
    console.log(
      JSON.stringify({
        pages: main.pages,
        fields: main.fields,
        ms_per_page_median: msMedian,
        ms_cold_median: Math.round(median(main.cold) * 10) / 10,
        cpu_ms_per_page_median: Math.round(median(main.cpu) * 10) / 10,
        parse_ms_median: Math.round(median(main.parse) * 10) / 10,
        huge_page_kb: Math.round(huge.length / 1024),
        huge_page_ms: Math.round(hugeMs),
        ...(Object.keys(sets).length ? { sets, splits } : {}),
      }),
    );
  }
}

main();
