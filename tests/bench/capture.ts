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
 * A generated ~5 MB page (shared/capture/testkit/huge-page.ts) is also timed: bounded work.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import '../../shared/capture/adapters/all.ts';
import { extractJob } from '../../shared/capture/extract.ts';
import { AU_STATES, CA_PROVINCES, COUNTRIES, US_STATES } from '../../shared/capture/normalize/places.ts';
import { hugePageHtml } from '../../shared/capture/testkit/huge-page.ts';
import type { CapturedJob } from '../../shared/capture/types.ts';

interface Label {
  file: string;
  title: string | null;
  company: string | null;
  location: string | null;
  remote: boolean | null;
  employment_type: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  description_must_contain: string[];
  alternatives?: { title?: string[]; company?: string[]; location?: string[] };
}

const FIELDS = [
  'title',
  'company',
  'location',
  'remote',
  'salary',
  'employment_type',
  'description',
] as const;
type Field = (typeof FIELDS)[number];

export const norm = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const tokens = (s: string) =>
  norm(s)
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
/**
 * Location tokens with place names folded to codes ("California" → "ca", "United States of
 * America" → "us"), so "Los Gatos, CA, US" and "Los Gatos, California, United States" compare equal.
 */
const PLACE_CODES: Array<[string, string]> = [
  ...Object.entries(COUNTRIES),
  ...Object.entries(US_STATES).map(([code, name]): [string, string] => [name, code]),
  ...Object.entries(CA_PROVINCES).map(([code, name]): [string, string] => [name, code]),
  ...Object.entries(AU_STATES).map(([code, name]): [string, string] => [name, code]),
].sort((a, b) => b[0].length - a[0].length);
const placeTokens = (s: string): Set<string> => {
  let t = ` ${tokens(s)} `;
  for (const [name, code] of PLACE_CODES) {
    const n = ` ${tokens(name)} `;
    if (n.trim() && t.includes(n)) t = t.split(n).join(` ${code.toLowerCase()} `);
  }
  return new Set(t.split(' ').filter(Boolean));
};
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

const LEGAL = /[,.]?\s+(?:inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|s\.?a\.?|ag|b\.?v\.?)\.?$/i;

function judge(l: Label, job: CapturedJob): Record<Field, boolean> {
  const f = job.fields;
  const alt = l.alternatives ?? {};
  // A null label means the page shows none: correct only when we found none either.
  const titleOk =
    l.title == null
      ? !f.title
      : [l.title, ...(alt.title ?? [])].some((t) => t != null && norm(t) === norm(f.title));
  const companyOk =
    l.company == null
      ? !f.company
      : [l.company, ...(alt.company ?? [])].some(
          (c) => c != null && norm(c).replace(LEGAL, '') === norm(f.company).replace(LEGAL, ''),
        );
  const ours = placeTokens((f.locations ?? []).map((x) => x.raw).join(' '));
  const locOk =
    l.location == null
      ? ours.size === 0
      : [l.location, ...(alt.location ?? [])].some((want) => {
          const w = placeTokens(want);
          // Same places in any order, or one side names more of the same place. When ours is the
          // smaller side it must still keep the label's first part (the city, or "remote").
          const first = placeTokens(want.split(/[,;|(/]/)[0] ?? '');
          return ours.size > 0 && (subset(w, ours) || (subset(ours, w) && subset(first, ours)));
        });
  const remote = f.workType == null ? null : f.workType === 'remote';
  const s = f.salary ?? null;
  const salaryOk =
    l.salary_min == null && l.salary_max == null
      ? s == null
      : s != null &&
        s.min === l.salary_min &&
        s.max === l.salary_max &&
        s.currency === l.salary_currency &&
        s.period === l.salary_period;
  const etOk = (l.employment_type ?? null) === (f.employmentType ? f.employmentType.toUpperCase() : null);
  const text = norm(f.descriptionText);
  const descOk = l.description_must_contain.every((p) => text.includes(norm(p)));
  return {
    title: titleOk,
    company: companyOk,
    location: locOk,
    remote: remote === l.remote,
    salary: salaryOk,
    employment_type: etOk,
    description: descOk,
  };
}

function pageUrl(doc: Document, file: string): string {
  const c =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (c) return new URL(c.replace(/&amp;/g, '&')).href;
  } catch {}
  return `file://${file}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : 0;
};

function main() {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const verbose = args.includes('--verbose');
  // --no-adapters: structured data + generic reading only (how an unknown career site fares).
  const adapters = args.includes('--no-adapters') ? [] : undefined;
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/jobs');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
  const correct: Record<Field, number> = Object.fromEntries(FIELDS.map((k) => [k, 0])) as Record<
    Field,
    number
  >;
  const warm: number[] = [];
  // CPU time of the same warm runs: steadier than wall time on a loaded machine.
  const cpu: number[] = [];
  const cold: number[] = [];
  const parse: number[] = [];
  const now = () => new Date('2026-01-15T00:00:00Z');
  for (const l of labels) {
    const path = join(dir, l.file);
    const html = readFileSync(path, 'utf8');
    let t = performance.now();
    const { document } = parseHTML(html);
    parse.push(performance.now() - t);
    // --no-url: pretend the page carries no canonical URL (adapters must recognise it by its DOM).
    const url = args.includes('--no-url') ? `file://${path}` : pageUrl(document, path);
    t = performance.now();
    const job = extractJob(document, url, { now, ...(adapters ? { adapters } : {}) });
    const first = performance.now() - t;
    cold.push(first);
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c0 = process.cpuUsage();
      t = performance.now();
      extractJob(document, url, { now, ...(adapters ? { adapters } : {}) });
      runs.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpuRuns.push((c.user + c.system) / 1000);
    }
    cpu.push(median(cpuRuns));
    warm.push(median(runs));
    const verdict = judge(l, job);
    for (const k of FIELDS) if (verdict[k]) correct[k]++;
    const misses = FIELDS.filter((k) => !verdict[k]);
    console.log(
      `${l.file.padEnd(28)} ${(html.length / 1024).toFixed(0).padStart(5)} KB  parse ${parse.at(-1)!.toFixed(1).padStart(6)} ms  extract cold ${first.toFixed(1).padStart(6)} ms  warm ${warm.at(-1)!.toFixed(1).padStart(6)} ms  ${misses.length ? `MISS ${misses.join(',')}` : 'ok'}`,
    );
    if (verbose && misses.length) {
      const f = job.fields;
      console.log(
        `    got: ${JSON.stringify({ title: f.title, company: f.company, location: f.locations?.map((x) => x.raw), workType: f.workType, salary: f.salary, et: f.employmentType, descLen: f.descriptionText?.length, adapter: job.adapter, url })}`,
      );
    }
  }
  // Bounded work: a generated ~5 MB page (see shared/capture/testkit/huge-page.ts).
  const huge = hugePageHtml();
  let t0 = performance.now();
  const hugeDoc = parseHTML(huge).document;
  const hugeParse = performance.now() - t0;
  t0 = performance.now();
  extractJob(hugeDoc, 'https://hugeco.example/jobs/platform-engineer', { now });
  const hugeMs = performance.now() - t0;
  console.log(
    `${'generated-huge-page'.padEnd(28)} ${(huge.length / 1024).toFixed(0).padStart(5)} KB  parse ${hugeParse.toFixed(1).padStart(6)} ms  extract ${hugeMs.toFixed(1).padStart(6)} ms  (not in accuracy)`,
  );
  const n = labels.length;
  const fields = Object.fromEntries(FIELDS.map((k) => [k, Math.round((correct[k] / n) * 1000) / 1000]));
  console.log('\nfield            accuracy');
  for (const k of FIELDS)
    console.log(`${k.padEnd(16)} ${(fields[k]! * 100).toFixed(1).padStart(6)}%  (${correct[k]}/${n})`);
  const msMedian = Math.round(median(warm) * 10) / 10;
  console.log(
    `\npages ${n}  extract median warm ${msMedian} ms (cpu ${median(cpu).toFixed(1)} ms), cold ${median(cold).toFixed(1)} ms (max cold ${Math.max(...cold).toFixed(1)} ms)  parse median ${median(parse).toFixed(1)} ms`,
  );
  if (asJson) {
    console.log(
      JSON.stringify({
        pages: n,
        fields,
        ms_per_page_median: msMedian,
        ms_cold_median: Math.round(median(cold) * 10) / 10,
        cpu_ms_per_page_median: Math.round(median(cpu) * 10) / 10,
        parse_ms_median: Math.round(median(parse) * 10) / 10,
        huge_page_kb: Math.round(huge.length / 1024),
        huge_page_ms: Math.round(hugeMs),
      }),
    );
  }
}

main();
