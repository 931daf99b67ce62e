import { squash, textOf } from '../dom.ts';
import { EMPLOYMENT_LABEL, LOCATION_LABEL, SALARY_LABEL, WORKPLACE_LABEL } from '../normalize/lines.ts';

/**
 * Label → value facts printed beside a posting ("Job type" → "Full time"), from <dl>, table rows,
 * label/value blocks and small headings, in the wordings normalize/lines.ts lists.
 */

const FACT_KEYS: ReadonlyArray<[RegExp, string]> = [
  [EMPLOYMENT_LABEL, 'employment'],
  [LOCATION_LABEL, 'location'],
  [SALARY_LABEL, 'salary'],
  [WORKPLACE_LABEL, 'workplace'],
];

/** "Remote work policy", "Job type:": a label, not a value. */
export function isFactLabel(chip: string): boolean {
  const t = chip.replace(/:$/, '');
  return FACT_KEYS.some(([re]) => re.test(t));
}

/**
 * Label → value facts ("time type" → "Full time"): <dt>/<dd>, <th>/<td>, table rows and label/value
 * blocks, bounded to 60 labels. A <dt> needs its <dd>; other labels take their next sibling.
 */
export function readFacts(dts: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dt of dts.slice(0, 60)) {
    const term = squash(textOf(dt, 80)).replace(/:$/, '');
    if (!term || term.length > 40) continue;
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName === 'TH' || (dt.tagName === 'DT' && dd.tagName !== 'DD')) continue;
    const hit = FACT_KEYS.find(([re]) => re.test(term));
    if (!hit || out.has(hit[1])) continue;
    let value = squash(textOf(dd, 300));
    // A table's header row ("Contract | Location | Salary") is labels side by side, not a value.
    if (isFactLabel(value)) continue;
    // "Remote job: No" answers the label's question: a yes/no becomes the arrangement it means.
    if (hit[1] === 'workplace' && /^(?:no|non|nein|não|nej|nei|nie)\b/i.test(value)) value = 'not remote';
    else if (hit[1] === 'workplace' && /^(?:yes|oui|ja)\b/i.test(value))
      value = /telework/i.test(term) ? 'hybrid' : 'remote';
    out.set(hit[1], value);
  }
  return out;
}
