/**
 * Scores one folder of labelled job pages (labels.json) for the capture bench: each page is parsed,
 * extracted once cold and 5 times warm (timed, with CPU time), and judged beside the structured-data
 * baseline; with `printPages` each page's timing line and misses are printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import '../../shared/capture/adapters/all.ts';
import { extractJob } from '../../shared/capture/extract.ts';
import { structuredOnly } from './capture-baseline.ts';
import { FIELDS, type Field, judge, type Label, median, pageUrl } from './capture-judge.ts';

export interface SetResult {
  pages: number;
  fields: Record<Field, number>;
  baseline: Record<Field, number>;
  warm: number[];
  cpu: number[];
  cold: number[];
  parse: number[];
}

/** A fixed clock: posting dates are read against it, so a page extracts the same on any day the bench runs. */
export const benchNow = () => new Date('2026-01-15T00:00:00Z');
const share = (correct: Record<Field, number>, n: number) =>
  Object.fromEntries(
    FIELDS.map((k) => [k, Math.round((correct[k] / Math.max(1, n)) * 1000) / 1000]),
  ) as Record<Field, number>;

/** Extract every labelled page of a folder; `printPages` false keeps per-page results (and misses) unseen. */
export function scoreCaptureSet(dir: string, args: string[], printPages: boolean): SetResult {
  const verbose = args.includes('--verbose');
  // --no-adapters: structured data + generic reading only (how an unknown career site fares).
  const adapters = args.includes('--no-adapters') ? [] : undefined;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
  const zero = () => Object.fromEntries(FIELDS.map((k) => [k, 0])) as Record<Field, number>;
  const correct = zero();
  const base = zero();
  const r: SetResult = {
    pages: labels.length,
    fields: correct,
    baseline: base,
    warm: [],
    cpu: [],
    cold: [],
    parse: [],
  };
  for (const l of labels) {
    const path = join(dir, l.file);
    const html = readFileSync(path, 'utf8');
    let t = performance.now();
    const { document } = parseHTML(html);
    r.parse.push(performance.now() - t);
    // --no-url: pretend the page carries no canonical URL (adapters must recognise it by its DOM).
    const url = args.includes('--no-url') ? `file://${path}` : pageUrl(document, path);
    t = performance.now();
    const job = extractJob(document, url, { now: benchNow, ...(adapters ? { adapters } : {}) });
    const first = performance.now() - t;
    r.cold.push(first);
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      t = performance.now();
      extractJob(document, url, { now: benchNow, ...(adapters ? { adapters } : {}) });
      runs.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpuRuns.push((c.user + c.system) / 1000);
    }
    r.cpu.push(median(cpuRuns));
    r.warm.push(median(runs));
    const verdict = judge(l, job);
    for (const k of FIELDS) if (verdict[k]) correct[k]++;
    const baseVerdict = judge(l, structuredOnly(parseHTML(html).document));
    for (const k of FIELDS) if (baseVerdict[k]) base[k]++;
    if (!printPages) continue;
    const misses = FIELDS.filter((k) => !verdict[k]);
    console.log(
      `${l.file.padEnd(28)} ${(html.length / 1024).toFixed(0).padStart(5)} KB  parse ${r.parse.at(-1)!.toFixed(1).padStart(6)} ms  extract cold ${first.toFixed(1).padStart(6)} ms  warm ${r.warm.at(-1)!.toFixed(1).padStart(6)} ms  ${misses.length ? `MISS ${misses.join(',')}` : 'ok'}`,
    );
    if (verbose && misses.length) {
      const f = job.fields;
      console.log(
        `    got: ${JSON.stringify({ title: f.title, company: f.company, location: f.locations?.map((x) => x.raw), workType: f.workType, salary: f.salary, et: f.employmentType, descLen: f.descriptionText?.length, adapter: job.adapter, url })}`,
      );
    }
  }
  r.fields = share(correct, labels.length);
  r.baseline = share(base, labels.length);
  return r;
}
