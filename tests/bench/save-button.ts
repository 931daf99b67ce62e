/**
 * The in-page Save button against real pages: on how many does it show, where the popup would save?
 *   npx tsx tests/bench/save-button.ts [dir]   (default ../shared/corpus/jobs, read at run time only)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import '../../shared/capture/adapters/all.ts';
import { looksLikePosting } from '../../extension/lib/content/posting-signal.ts';
import { extractJob } from '../../shared/capture/index.ts';
import { pageUrl } from './capture-judge.ts';

const dir = resolve(process.argv[2] ?? '../shared/corpus/jobs');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { file: string }[];
let shown = 0;
let saved = 0;
const ms: number[] = [];
for (const { file } of labels) {
  const html = readFileSync(join(dir, file), 'utf8');
  const url = pageUrl(parseHTML(html).document as unknown as Document, join(dir, file));
  const page = parseHTML(html).document as unknown as Document;
  const t0 = performance.now();
  const button = looksLikePosting(page, url);
  ms.push(performance.now() - t0);
  const draft = extractJob(parseHTML(html).document as unknown as Document, url);
  const popup = draft.isPosting && !!draft.fields.title;
  shown += +button;
  saved += +popup;
  console.log(`${button ? 'button' : '  -   '}  ${popup ? 'popup' : '  -  '}  ${file}`);
}
ms.sort((a, b) => a - b);
console.log(
  `button shown on ${shown}/${labels.length}; popup saves ${saved}/${labels.length}; ` +
    `button check median ${ms[ms.length >> 1]!.toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms (linkedom)`,
);
