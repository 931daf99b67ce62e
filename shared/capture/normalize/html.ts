import { LIMITS } from '../dom.ts';
import { decodeEntities } from '../entities.ts';
import { hiddenFromReader } from '../hidden-content.ts';
import { ALLOWED, BLOCK, DROP_WITH_CONTENT, esc, escAttr, safeHref, VOID } from './html-allowlist.ts';
import { tokens } from './html-tokens.ts';
import { keepsLines } from './keeps-lines.ts';

/**
 * Description HTML, sanitized by allowlist: only text-structure tags survive, attributes are dropped
 * except a safe `href`; scripts, styles, iframes, forms, event handlers and `javascript:` URLs never
 * pass. Works on a DOM element (walk) and on an HTML string (JSON-LD), both linear.
 */

/** Sanitize an HTML string (tags tokenized, not parsed into a live document). */
export function sanitizeHtmlString(html: string, max: number = LIMITS.descriptionHtml): string {
  const src = html.length > max * 2 ? html.slice(0, max * 2) : html;
  const out: string[] = [];
  const open: string[] = [];
  let dropDepth = 0;
  let dropTag = '';
  for (const m of tokens(src)) {
    if (m.kind === 'text') {
      if (!dropDepth) out.push(preLines(esc(decodeEntities(m.text)), open.includes('pre')));
      continue;
    }
    const closing = m.closing;
    const tag = m.tag;
    if (dropDepth) {
      if (tag === dropTag) dropDepth += closing ? -1 : /\/\s*$/.test(m.attrs) ? 0 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag)) {
      if (!closing && !/\/\s*$/.test(m.attrs) && !['input', 'link', 'meta'].includes(tag)) {
        dropDepth = 1;
        dropTag = tag;
      }
      continue;
    }
    if (!ALLOWED.has(tag)) {
      if (BLOCK.has(tag)) out.push(closing ? '</p>' : '<p>');
      continue;
    }
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) {
        while (open.length > at) out.push(`</${open.pop()}>`);
      }
      continue;
    }
    if (VOID.has(tag)) {
      out.push(`<${tag}>`);
      continue;
    }
    if (tag === 'a') {
      const href = safeHref(
        m.attrs
          .match(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i)
          ?.slice(1)
          .find((x) => x != null),
      );
      out.push(href ? `<a href="${escAttr(href)}" rel="noopener noreferrer">` : '<a>');
    } else out.push(`<${tag}>`);
    open.push(tag);
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return tidy(out.join(''));
}

/**
 * Sanitize the subtree of a DOM element (read only, never mutated). `skip`: blocks inside it that are not
 * part of it (a "Similar jobs" list inside the description's container).
 */
export function sanitizeElement(
  el: Element,
  max: number = LIMITS.descriptionHtml,
  skip: readonly Element[] = [],
): string {
  const out: string[] = [];
  let len = 0;
  let visited = 0;
  let inPre = 0;
  const walk = (node: Node): void => {
    if (len > max || visited++ > LIMITS.nodes) return;
    if (node.nodeType === 3) {
      const t = preLines(esc(node.nodeValue ?? ''), inPre > 0);
      out.push(t);
      len += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    const tag = e.tagName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tag) || skip.includes(e)) return;
    if (hiddenFromReader(e, true)) return;
    const keep = ALLOWED.has(tag);
    if (keep) {
      const href = tag === 'a' ? safeHref(e.getAttribute('href')) : null;
      out.push(href ? `<a href="${escAttr(href)}" rel="noopener noreferrer">` : `<${tag}>`);
    } else if (BLOCK.has(tag)) out.push('<p>');
    const lines = !VOID.has(tag) && keepsLines(e);
    if (lines) inPre++;
    if (!VOID.has(tag)) for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    if (lines) inPre--;
    if (keep && !VOID.has(tag)) out.push(`</${tag}>`);
    else if (!keep && BLOCK.has(tag)) out.push('</p>');
  };
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  return tidy(out.join(''));
}

/**
 * A line break inside `<pre>` (or an element styled to keep its lines, keeps-lines.ts) is the text's own line ("HOURS AND CONTRACT\nPermanent, full-time: …"
 * in a description typed into a plain-text box): kept as `<br>`, since the whitespace is collapsed
 * after, so line readers still see one line per line.
 */
const preLines = (t: string, inPre: boolean): string => (inPre ? t.replace(/\r?\n/g, '<br>') : t);

/** Drop empty paragraphs and collapse whitespace introduced by wrappers. */
function tidy(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/<p>\s*(<p>\s*)+/g, '<p>')
    .replace(/(?:<\/p>\s*){2,}/g, '</p>')
    .replace(/<p>\s*<\/p>/g, '')
    .replace(/<(strong|b|em|i|span)>\s*<\/\1>/g, '')
    .trim();
}

/** Plain text of sanitized HTML: blocks become lines, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<li>/gi, '\n• ')
      .replace(/<(?:br|hr)>/gi, '\n')
      .replace(/<\/?(?:p|ul|ol|h[1-6]|tr|dd|dt|table|blockquote|pre|div)>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** Text that may hold HTML (JSON-LD descriptions are often entity-encoded HTML). */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(s.slice(0, 5_000));
}

const BULLET = /^[•·▪●◦*-]\s*/;

/**
 * Plain text shown as written (a JSON-LD description, a search panel's pre-line span) as safe HTML:
 * each line a paragraph, a run of bulleted lines a list, so section headings stay lines of their own.
 */
export function plainTextToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out: string[] = [];
  let inList = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = BULLET.test(line) && line.length > 2;
    if (bullet !== inList) out.push(bullet ? '<ul>' : '</ul>');
    inList = bullet;
    out.push(bullet ? `<li>${esc(line.replace(BULLET, ''))}</li>` : `<p>${esc(line)}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('');
}
