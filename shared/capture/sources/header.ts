import { squash, textOf } from '../dom.ts';

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

const BLOCKS = new Set(['DIV', 'LI', 'P', 'DD', 'H2', 'H3', 'H4', 'UL', 'OL', 'SECTION', 'TABLE']);

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}
