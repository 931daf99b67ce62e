/**
 * Whether an element lays its text out line by line as typed: `<pre>`, or `white-space: pre`,
 * `pre-wrap` or `pre-line` set on it inline or by a rule in the page's own `<style>` sheets (a
 * description pasted from a plain-text box, shown with a `.description { white-space: pre-wrap }`
 * class). A browser shows those newlines; a reader of the DOM must keep them too.
 */

const KEEPS = /white-space\s*:\s*pre(?:-wrap|-line)?\b/i;
/** `selector { … white-space: pre-wrap … }` in a sheet; at-rule wrappers are read through. */
const RULE = /([^{}@]+)\{([^{}]*)\}/g;
/** Sheets are read once per document; more than this much CSS is not searched. */
const MAX_CSS = 400_000;

const selectorsByDoc = new WeakMap<Document, string[]>();

function keepingSelectors(doc: Document): string[] {
  const known = selectorsByDoc.get(doc);
  if (known) return known;
  const out: string[] = [];
  let css = '';
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    css += `${style.textContent ?? ''}\n`;
    if (css.length > MAX_CSS) break;
  }
  for (const m of css.slice(0, MAX_CSS).matchAll(RULE))
    if (KEEPS.test(m[2]!))
      for (const s of m[1]!.split(',')) {
        const selector = s.trim();
        if (selector && !/:{1,2}(?:before|after|hover|focus)|^\d/.test(selector)) out.push(selector);
      }
  selectorsByDoc.set(doc, out);
  return out;
}

export function keepsLines(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  if (KEEPS.test(el.getAttribute('style') ?? '')) return true;
  const doc = el.ownerDocument;
  if (!doc) return false;
  return keepingSelectors(doc).some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      // A selector the DOM cannot parse (vendor syntax) is no rule for this element.
      return false;
    }
  });
}
