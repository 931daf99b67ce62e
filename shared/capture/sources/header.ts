import { squash, textOf } from '../dom.ts';
import { amongOtherPostings, insideBoardPay } from './other-postings.ts';

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

/**
 * Short leaf-ish texts inside the zone: each chip/span/dd on its own. When the title could not
 * climb (its parent holds the whole page), the title's neighbouring blocks stand in for the zone.
 */
export function zoneChips(zone: Element | null, exclude?: Element | null): string[] {
  if (!zone) return [];
  const out: string[] = [];
  // "<div class=header><h1/>…</div><ul class=tags>…</ul>": a short block of chips right after the zone
  // belongs to it.
  const roots = (zone === exclude ? neighbours(zone) : [zone, ...chipsAfter(zone)]).filter(
    (r) => !amongOtherPostings(r) && !insideBoardPay(r),
  );
  for (const root of roots) {
    const all = [root, ...Array.from(root.querySelectorAll(CHIP_TAGS))];
    for (const el of all.slice(0, 400)) {
      if (exclude && (el === exclude || exclude.contains(el))) continue;
      // Pay and places of "Similar jobs" cards beside the title are not this posting's, nor is
      // the board's estimate of the pay.
      if (el !== root && (amongOtherPostings(el, 5) || insideBoardPay(el))) continue;
      if (el === root && !CHIP_TAGS.includes(el.tagName.toLowerCase())) continue;
      // An icon badge with no text ("<span role=img aria-label=On-site><svg/></span>"): its
      // accessible name is what a reader hears, so it is the chip.
      const named = badgeName(el);
      if (named && !out.includes(named)) out.push(named);
      // Leaf-ish: an element whose children are inline only.
      if (hasBlockChild(el) || isChipRow(el)) continue;
      for (const piece of separatedTexts(el)) {
        // "📍 Paterna (Valencia)": an icon drawn as an emoji is not part of the chip's text.
        const t = piece.replace(/^(?:[\s/|·•,]|\p{Extended_Pictographic}|\uFE0F)+|[\s/|·•,]+$/gu, '');
        if (t && t.length <= 120 && !out.includes(t)) out.push(t);
      }
    }
  }
  return out;
}

/** The longest accessible name read as a badge: one short sentence, not a paragraph of help text. */
const BADGE_NAME_MAX = 80;

const CHIP_TAGS = 'span, div, li, dd, p, a, small, strong, h2, h3, h4, h5, h6, time';

/**
 * The accessible name of a badge that shows only an icon ("<li aria-label="Store-based role"><svg/></li>",
 * "<span role=img aria-label=On-site>"): what a screen reader reads and a sighted reader gets from the
 * icon and its tooltip. Not a control (a link's or button's label says what it does, "Save job", not a
 * fact), not hidden from readers, and only where the element shows no text of its own. A name may be a
 * short sentence ("On-site post: this role cannot be worked from home", as public employers write
 * them for screen readers): up to one line of a chip, as other chips are read.
 */
function badgeName(el: Element): string {
  if (el.tagName === 'A' || el.tagName === 'BUTTON' || el.getAttribute('aria-hidden') === 'true') return '';
  const label = squash(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
  if (!label || label.length > BADGE_NAME_MAX || (el.textContent ?? '').trim()) return '';
  const role = el.getAttribute('role');
  return !role || role === 'img' || role === 'note' || role === 'status' ? label : '';
}

/** A list of chips right after the zone: short, and made of short items. */
function chipsAfter(zone: Element): Element[] {
  const next = zone.nextElementSibling;
  if (!next) return [];
  if (/^(?:UL|OL|DL)$/.test(next.tagName)) return textOf(next, 400).length < 300 ? [next] : [];
  // (or a short block of several short parts: remote.co's "Location: US National" over its "Remote" and
  // "Temporary" flags, capture124)
  const parts = next.querySelectorAll(CHIP_TAGS).length;
  return next.tagName === 'DIV' && parts >= 3 && textOf(next, 400).length < META_BLOCK ? [next] : [];
}

/** The most text a block of short parts right after the title's zone may hold and still be its chips. */
const META_BLOCK = 160;

/** The blocks right after the title (and the one before it), when they are short. */
function neighbours(title: Element): Element[] {
  const out: Element[] = [];
  const prev = title.previousElementSibling;
  if (prev && textOf(prev, 400).length < 300) out.push(prev);
  let next = title.nextElementSibling;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    if (textOf(next, 400).length >= 300) break;
    out.push(next);
  }
  return out;
}

/**
 * "Operations<span class=separator></span> Chicago, Illinois": empty inline elements drawn as
 * separators split one text into the chips a reader sees.
 */
function separatedTexts(el: Element): string[] {
  let hasSeparator = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'BR' && !(c.textContent ?? '').trim() && c.tagName !== 'IMG') hasSeparator = true;
  }
  if (!hasSeparator) return [squash(textOf(el, 300))];
  const parts: string[] = [];
  let cur = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const text = n.textContent ?? '';
    if (n.nodeType === 1 && !text.trim() && (n as Element).tagName !== 'IMG') {
      parts.push(cur);
      cur = '';
    } else cur += text;
  }
  parts.push(cur);
  return parts.map((p) => squash(p)).filter(Boolean);
}

/**
 * A row of chips with nothing between them ("<span>Engineering</span><span>Berlin</span>"): its
 * text runs the chips together, so only the chips themselves are read.
 */
function isChipRow(el: Element): boolean {
  let texts = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    const t = (n.textContent ?? '').trim();
    if (n.nodeType === 3 && t) return false;
    // "<span>Hybrid</span><span> (New York, NY)</span>": one phrase split over two spans.
    if (n.nodeType === 1 && t && texts > 0 && /^[(,]/.test(t)) return false;
    if (n.nodeType === 1 && t) texts++;
  }
  return texts >= 2;
}

const BLOCKS = new Set(['DIV', 'LI', 'P', 'DD', 'H2', 'H3', 'H4', 'UL', 'OL', 'SECTION', 'TABLE']);

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}
