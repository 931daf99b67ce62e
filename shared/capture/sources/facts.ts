import { squash, textOf } from '../dom.ts';

/**
 * Label → value facts printed beside a posting ("Job type" → "Full time"), from <dl>, table rows,
 * label/value blocks and small headings, in English, German, French and Spanish wording.
 */

const FACT_KEYS: ReadonlyArray<[RegExp, string]> = [
  [
    /^(?:employment|job|time|contract|position|work|schedule) ?type$|^(?:employment|commitment|schedule|work schedule|type|hours|anstellungsart|beschäftigungsart|arbeitszeit|vertragsart|type de contrat|contrat|tipo de contrato|jornada)$/i,
    'employment',
  ],
  [
    /^(?:job |work |office )?locations?$|^where$|^(?:standort|arbeitsort|einsatzort|lieu|localisation|ubicación|sede)$/i,
    'location',
  ],
  [
    /^(?:salary|compensation|pay|pay range|salary range|base salary|remuneration|wage|rate|gehalt|vergütung|salaire|rémunération|salario)$/i,
    'salary',
  ],
  [
    /^(?:workplace(?: type| policy)?|(?:work )?location type|remote(?: work)?(?: policy| status)?|remote (?:job|position|eligible)|telework(?: eligible)?|work (?:model|arrangement|mode|setting|policy)|arbeitsmodell)$/i,
    'workplace',
  ],
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
    // "Remote job: No" answers the label's question: a yes/no becomes the arrangement it means.
    if (hit[1] === 'workplace' && /^(?:no|non|nein)\b/i.test(value)) value = 'not remote';
    else if (hit[1] === 'workplace' && /^(?:yes|oui|ja)\b/i.test(value))
      value = /telework/i.test(term) ? 'hybrid' : 'remote';
    out.set(hit[1], value);
  }
  return out;
}
