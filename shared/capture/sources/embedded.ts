import { embeddedText, LIMITS } from '../dom.ts';
import type { WorkType } from '../types.ts';
import { key } from './page.ts';

/**
 * Work arrangement from embedded app state (Next.js data, ATS bootstraps, hidden <code> JSON):
 * keys such as workplaceType / work_location_option / isRemote, their value a string, a list, or the
 * first label of nested objects (SEEK: workArrangements {arrangements: [{label: {text: "Remote"}}]}).
 * Scans a bounded amount of text.
 */
const KEY =
  /["'](?:workplace_?type|workplaceTypes?|work_location_option|workLocationOption|location_?type|remote_?type|workArrangements?|work_arrangements?)["']\s*:[^\]}"']{0,4}(?:["'][^"']{0,20}["']\s*[:,]?[^\]}"']{0,4}){0,6}?["']([A-Za-z_ -]{3,20})["'](?!\s*:)|["']is_?remote["']\s*:\s*(true|false)/i;

const KEYS = new RegExp(KEY.source, 'gi');

/**
 * A bare `remote` key holding a level rather than a place or a flag (Welcome to the Jungle:
 * "fulltime" | "partial" | "punctual" | "no"). Only this closed vocabulary counts: elsewhere a
 * `remote` key may hold anything.
 */
const REMOTE_LEVEL = /["']remote["']\s*:\s*["'](fulltime|full|partial|punctual|occasional|no|none)["']/i;
const LEVEL_TYPES: Record<string, WorkType> = {
  fulltime: 'remote',
  full: 'remote',
  partial: 'hybrid',
  punctual: 'hybrid',
  occasional: 'hybrid',
  no: 'onsite',
  none: 'onsite',
};

/**
 * A posting's location object carrying the arrangement as flags, as SmartRecruiters' posting API
 * writes it ({"location": {"city": "Austin", "remote": false, "hybrid": true}}): a flag there is
 * said of this job's place, where a bare `remote` key elsewhere may be anything. Read from the
 * object's own keys only (no nested object), so a list of other jobs' places is not read as this one.
 */
const LOCATION_OBJECT = /["']location["']\s*:\s*\{([^{}]{0,400})\}/i;
const flag = (obj: string, key: string): boolean | null => {
  const v = obj.match(new RegExp(`["']${key}["']\\s*:\\s*(true|false)\\b`, 'i'))?.[1];
  return v == null ? null : v.toLowerCase() === 'true';
};
function locationFlags(text: string): WorkType | null {
  const obj = text.match(LOCATION_OBJECT)?.[1];
  if (!obj) return null;
  const remote = flag(obj, 'remote');
  if (flag(obj, 'hybrid')) return 'hybrid';
  if (remote == null) return null;
  return remote ? 'remote' : 'onsite';
}

export function workTypeFromEmbedded(
  doc: Document,
  budget: number = LIMITS.scriptText,
  blocks: readonly Element[] = Array.from(doc.querySelectorAll('script:not([src]), code')),
): WorkType | null {
  let used = 0;
  for (const el of blocks.slice(0, 60)) {
    const type = el.getAttribute('type') ?? '';
    if (type && !/json|javascript|^$/i.test(type)) continue;
    const text = embeddedText(el).slice(0, Math.max(0, budget - used));
    used += text.length;
    const norm =
      text.indexOf('&#34;') >= 0 || text.indexOf('&quot;') >= 0 ? text.replace(/&#34;|&quot;/g, '"') : text;
    for (const m of norm.matchAll(KEYS)) {
      const v = (m[1] ?? m[2] ?? '').toLowerCase();
      // An i18n table's '"remoteType": "remote type"' is the label's translation, not a value.
      if (key(v) === key(m[0].slice(1, m[0].search(/["']\s*:/)))) continue;
      if (v === 'true' || /remote|telecommute/.test(v)) return 'remote';
      if (/hybrid|flex/.test(v)) return 'hybrid';
      if (v === 'false' || /on-?site|office|in[-_ ]?person/.test(v)) return 'onsite';
      break;
    }
    const level = norm.match(REMOTE_LEVEL)?.[1]?.toLowerCase();
    if (level) return LEVEL_TYPES[level]!;
    const flagged = locationFlags(norm);
    if (flagged) return flagged;
    if (used >= budget) break;
  }
  return null;
}
