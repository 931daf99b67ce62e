import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { subLabelAfter } from './shared/autofill/scan/help.ts';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
for (const id of ['field_5','field_6']) { const el = document.getElementById(id)!; console.log(id, JSON.stringify(subLabelAfter(el as any)), el.parentElement?.firstElementChild === el, JSON.stringify(el.parentElement?.firstChild?.nodeValue), el.nextElementSibling?.tagName); }
