import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { scanPage } from './shared/capture/sources/scan.ts';
import { textOf } from './shared/capture/dom.ts';
import { parseSalary } from './shared/capture/normalize/salary.ts';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const page: any = scanPage(document as any);
for (const e of page.labelled.salary ?? []) { const t = textOf(e, 500, true); console.log(JSON.stringify(t.slice(0, 200)), JSON.stringify(parseSalary(t, t.length <= 80 ? { minScore: 2, payValue: true } : { minScore: 4 }))); }
