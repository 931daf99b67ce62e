/**
 * Sizes of the built extension: the whole of .output/chrome-mv3, each page's load (the scripts
 * and styles its HTML pulls in before any lazy import, gzipped), and the largest chunks.
 * `npx tsx scripts/bundle-report.ts [dir] [--json]` after `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3');
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (n: number) => Math.round(n / 102.4) / 10;

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** A page's initial load: its HTML's scripts, preloads and styles, plus their static imports. */
function pageLoad(html: string): number {
  const text = fs.readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (ref: string, from: string) => {
    const file = ref.startsWith('/') ? path.join(dir, ref) : path.resolve(path.dirname(from), ref);
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    if (file.endsWith('.js'))
      for (const m of fs
        .readFileSync(file, 'utf8')
        .matchAll(/\bimport\s*(?:[\w{},*\s]+from\s*)?["']([^"']+\.js)["']/g))
        visit(m[1]!, file);
  };
  for (const r of refs) visit(r, html);
  return [...seen].reduce((a, f) => a + gz(f), 0);
}

const files = walk(dir);
const total = files.reduce((a, f) => a + fs.statSync(f).size, 0);
const pages = Object.fromEntries(
  files.filter((f) => f.endsWith('.html')).map((f) => [path.relative(dir, f), kb(pageLoad(f))]),
);
const scripts = Object.fromEntries(
  files
    .filter((f) => /(background|content-scripts\/content|extractor|autofill)\.js$/.test(f))
    .map((f) => [path.relative(dir, f), kb(gz(f))]),
);
const largest = files
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: path.relative(dir, f), kb: kb(fs.statSync(f).size) }))
  .sort((a, b) => b.kb - a.kb)
  .slice(0, 6);
const report = {
  total_kb: kb(total),
  files: files.length,
  page_load_gzip_kb: pages,
  scripts_gzip_kb: scripts,
  largest,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else console.log(JSON.stringify(report, null, 2));
