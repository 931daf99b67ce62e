/**
 * `npx tsx scripts/materials-screenshots.ts [out-dir]`: page 1 of an exported tailored resume and cover
 * letter (the sample profile and posting, no model), rendered by pdf.js in Chromium, as PNGs for the
 * docs. The PDFs are the exporter's own bytes; nothing is drawn by hand.
 */

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { generateDeterministic } from '../shared/materials/deterministic/index.ts';
import { materialPdf } from '../shared/materials/export/pdf.ts';
import { renderLines } from '../shared/materials/render.ts';
import { MaterialOptions } from '../shared/materials/schema.ts';
import { job, profile } from '../shared/materials/testing.ts';
import { lookUpChromium } from './lib/chromium.ts';

const out = resolve(process.argv[2] ?? 'docs');
const pdfjs = resolve('node_modules/pdfjs-dist/build');
const files: Record<string, Uint8Array> = {};
for (const kind of ['resume', 'cover_letter'] as const) {
  const lines = renderLines(
    generateDeterministic(kind, profile, job, MaterialOptions.parse({})),
    profile,
    job,
  );
  files[`/${kind}.pdf`] = materialPdf(lines, 'Ada Lovelace');
}
const page = `<!doctype html><body style="margin:0;background:#888"><canvas id="c"></canvas><script type="module">
import * as pdfjs from '/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
const doc = await pdfjs.getDocument(new URLSearchParams(location.search).get('f')).promise;
const p = await doc.getPage(1);
const viewport = p.getViewport({ scale: 1.5 });
const c = document.getElementById('c');
c.width = viewport.width; c.height = viewport.height;
await p.render({ canvasContext: c.getContext('2d'), viewport }).promise;
document.title = 'rendered';
</script></body>`;
const server = createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  const body =
    path === '/'
      ? page
      : (files[path] ?? (/^\/pdf(\.worker)?\.min\.mjs$/.test(path) ? readFileSync(join(pdfjs, path)) : null));
  if (!body) return void res.writeHead(404).end();
  const type = path.endsWith('.pdf')
    ? 'application/pdf'
    : path.endsWith('.mjs')
      ? 'text/javascript'
      : 'text/html';
  res.writeHead(200, { 'content-type': type }).end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const found = lookUpChromium();
if (!found.path) throw new Error(found.problem);
const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage({ viewport: { width: 960, height: 1300 } });
  for (const kind of ['resume', 'cover_letter']) {
    await tab.goto(`http://127.0.0.1:${port}/?f=/${kind}.pdf`);
    await tab.waitForFunction(() => document.title === 'rendered', null, { timeout: 30_000 });
    const target = join(out, `export-${kind.replace('_', '-')}-page1.png`);
    await tab.locator('#c').screenshot({ path: target });
    console.log(`wrote ${target}`);
  }
} finally {
  await browser.close();
  server.close();
}
