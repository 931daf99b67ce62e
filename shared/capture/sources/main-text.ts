import { firstEl, LIMITS, textOf } from '../dom.ts';

/**
 * Where the job description lives when no adapter knows: first an element named like one
 * ("job-description", "jobDescriptionText", "posting-description"…), else the block with the most
 * paragraph/list text (a small Readability-like score: each <p>/<li> credits its parent fully and
 * its grandparent half). Bounded: at most LIMITS.nodes paragraphs are scored.
 */

const NAMED = [
  '[itemprop="description"]',
  '#jobDescriptionText',
  '[data-automation-id="jobPostingDescription"]',
  '[data-automation="jobAdDetails"]',
  '[class*="job-description" i]',
  '[class*="jobdescription" i]',
  '[class*="job_description" i]',
  '[id*="job-description" i]',
  '[id*="jobdescription" i]',
  '[id*="job_description" i]',
  '[class*="posting-description" i]',
  '[data-testid*="description" i]',
  '[class*="description__text" i]',
  '[class*="job-details" i]',
  '[class*="jobDetails" i]',
  '[class*="job__description" i]',
];

const MIN_TEXT = 400;

export function findDescriptionElement(doc: Document): Element | null {
  const named = firstNamed(doc);
  if (named && textOf(named, 3_000).length >= 2_800) return named;
  // A short named block may be a teaser or a sidebar: the densest block wins when much longer.
  const dense = densestBlock(doc);
  if (!named) return dense;
  if (dense && !named.contains(dense) && textOf(dense, 6_000).length > textOf(named, 3_000).length * 2)
    return dense;
  return named;
}

function firstNamed(doc: Document): Element | null {
  for (const sel of NAMED) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue;
    }
    if (el && el.tagName !== 'META' && textOf(el, MIN_TEXT * 2).length > MIN_TEXT) return el;
  }
  return null;
}

export function densestBlock(doc: Document): Element | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const scores = new Map<Element, number>();
  const paras = root.querySelectorAll('p, li, h2, h3');
  const n = Math.min(paras.length, LIMITS.nodes);
  for (let i = 0; i < n; i++) {
    const p = paras[i]!;
    if (inChrome(p)) continue;
    const len = Math.min((p.textContent ?? '').length, 2_000);
    if (len < 25) continue;
    const commas = (p.textContent ?? '').slice(0, 2_000).split(/[,.;]/).length;
    const s = 1 + Math.min(len / 100, 3) + Math.min(commas, 6) * 0.2;
    // A list item credits the list's container, so bullets and paragraphs add up in one block.
    const parent = p.tagName === 'LI' ? (p.parentElement?.parentElement ?? null) : p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + s);
    const gp = parent.parentElement;
    if (gp) scores.set(gp, (scores.get(gp) ?? 0) + s / 2);
    const ggp = gp?.parentElement;
    if (ggp) scores.set(ggp, (scores.get(ggp) ?? 0) + s / 4);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best && bestScore >= 3 ? best : null;
}

const CHROME = new Set(['NAV', 'FOOTER', 'HEADER', 'FORM', 'ASIDE', 'BUTTON', 'LABEL', 'SELECT']);

/** Inside navigation, footer, a form…: not description text. Walks parents by tag name (cheap). */
function inChrome(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let depth = 0; cur && depth < 25; depth++, cur = cur.parentElement) {
    if (CHROME.has(cur.tagName)) return true;
  }
  return false;
}

export { firstEl };
