import { allElements, LIMITS, squash, textOf } from '../dom.ts';

/**
 * The "header zone" of a posting: the block around the title that carries location, team,
 * employment type and work arrangement chips. Found by walking up from the title element while
 * the text stays short, so we never read the description or a result list.
 */

export function headerZone(titleEl: Element | null, maxChars = 700): Element | null {
  if (!titleEl) return null;
  let best: Element = titleEl;
  let el: Element | null = titleEl.parentElement;
  for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
    const len = textOf(el, maxChars * 2).length;
    if (len > maxChars) break;
    best = el;
  }
  return best;
}

/** Short leaf-ish texts inside the zone: each chip/span/dd on its own. */
export function zoneChips(zone: Element | null, exclude?: Element | null): string[] {
  if (!zone) return [];
  const out: string[] = [];
  const all = zone.querySelectorAll('span, div, li, dd, p, a, small, strong, h2, h3, h4, h5, h6, time');
  for (const el of Array.from(all).slice(0, 400)) {
    if (exclude && (el === exclude || exclude.contains(el))) continue;
    // Leaf-ish: an element whose children are inline only.
    if (hasBlockChild(el)) continue;
    const t = squash(textOf(el, 300)).replace(/^[\s/|·•,]+|[\s/|·•,]+$/g, '');
    if (t && t.length <= 120 && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Elements whose class / id / data-* / itemprop says what they hold ("location", "job-type"…). */
export function labelled(root: ParentNode, pattern: RegExp, reject?: RegExp, limit = 30): Element[] {
  return scanLabelled(root, { hit: [pattern, reject] }, limit).hit ?? [];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'INPUT',
  'SELECT',
  'FORM',
  'META',
  'LINK',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'LABEL',
  'svg',
  'SVG',
  'PATH',
]);

/** One pass over the attributed elements, sorting them into several named patterns at once. */
export function scanLabelled<K extends string>(
  root: ParentNode,
  patterns: Record<K, [RegExp, RegExp | undefined]>,
  limit = 30,
): Partial<Record<K, Element[]>> {
  const out: Partial<Record<K, Element[]>> = {};
  const entries = Object.entries(patterns) as [K, [RegExp, RegExp | undefined]][];
  const all = allElements(root);
  const n = Math.min(all.length, LIMITS.nodes);
  for (let i = 0; i < n; i++) {
    const el = all[i]!;
    if (SKIP.has(el.tagName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-automation') ?? ''} ${el.getAttribute('data-automation-id') ?? ''} ${el.getAttribute('data-qa') ?? ''} ${el.getAttribute('data-ui') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (names.length < 8) continue;
    for (const [k, [re, reject]] of entries) {
      const list = out[k] ?? [];
      out[k] = list;
      if (list.length < limit && re.test(names) && !reject?.test(names)) list.push(el);
    }
  }
  return out;
}

const BLOCKS = new Set(['DIV', 'LI', 'P', 'DD', 'H2', 'H3', 'H4', 'UL', 'OL', 'SECTION', 'TABLE']);

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}
