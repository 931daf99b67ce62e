import { decodeEntities } from './entities.ts';
import { hiddenFromReader } from './hidden-content.ts';

/**
 * Bounded DOM reading. Every helper caps how much text it returns so a 5 MB page cannot make
 * extraction quadratic: regexes only ever run over these capped strings.
 */

export const LIMITS = {
  /** Characters of text read from one element. */
  elementText: 200_000,
  /** Characters of a JSON-LD / embedded-state script parsed. */
  scriptText: 500_000,
  /** Elements visited by any tree walk. */
  nodes: 20_000,
  /** Characters of description HTML kept. */
  descriptionHtml: 150_000,
} as const;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CODE']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'DD',
  'DT',
  'DL',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SPAN',
  'A',
  'BUTTON',
  'LABEL',
  'MAIN',
  'ASIDE',
  'NAV',
  'FORM',
  'HR',
  'STRONG',
  'B',
  'EM',
  'I',
]);
const NEWLINE_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'DD',
  'DT',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'TABLE',
  'UL',
  'OL',
  'HR',
  'MAIN',
  'PRE',
  'BLOCKQUOTE',
]);

/** Collapse runs of spaces (keeping newlines when asked). */
export function squash(s: string, keepLines = false): string {
  // Inline wrappers leave "( Australia )" and "Berlin , Germany": tidy the spacing they add.
  if (!keepLines)
    return s
      .replace(/\s+/g, ' ')
      .replace(/\(\s/g, '(')
      .replace(/\s([),])/g, '$1')
      .trim();
  return s
    .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/**
 * Visible-ish text of an element: skips scripts/styles, separates block elements so that
 * "<p>$405,000</p><p>$485,000</p>" does not read as "$405,000$485,000". Bounded in nodes and chars.
 * `skip`: subtrees left out (a page's widgets listing other postings).
 */
export function textOf(
  el: Node | null | undefined,
  max: number = LIMITS.elementText,
  lines = false,
  skip?: ReadonlySet<Node>,
): string {
  if (!el) return '';
  const out: string[] = [];
  let len = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (len >= max || visited++ > LIMITS.nodes * 5) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      out.push(t);
      // Whitespace-only nodes (indentation) do not count toward the cap.
      if (/\S/.test(t)) len += t.length < 400 ? t.replace(/\s+/g, ' ').length : t.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase?.() ?? '';
    if (SKIP_TAGS.has(tag) || skip?.has(node)) return;
    if ((node as Element).attributes && hiddenFromReader(node as Element)) return;
    const block = BLOCK_TAGS.has(tag);
    const sep = NEWLINE_TAGS.has(tag) ? '\n' : ' ';
    if (block) out.push(sep);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push(sep);
  };
  walk(el);
  const s = out.join('');
  return squash(s.length > max ? s.slice(0, max) : s, lines);
}

/**
 * The name a logo's alt text gives, without the words for the image itself: "Acme logo", and a public
 * body's seal, crest or coat of arms ("Seal of Pell County, Colorado", "City of Leeds crest",
 * "Official Seal of the City of Austin", "Wappen und Schriftzug Stadt Rabenfeld").
 */
export function logoName(img: Element): string {
  // "St. Finbarr's University Hospital home": a logo linking home says where it goes after the name.
  return (
    squash(img.getAttribute('alt') ?? '')
      .replace(/^(?:the )?(?:official )?(?:logo|seal|crest|emblem|coat of arms) of (?:the )?/i, '')
      // German, French, Spanish: "Wappen und Schriftzug Stadt Rabenfeld", "Logo der Stadt Kiel", "Logo de la Ville de Nantes".
      .replace(
        /^(?:wappen(?: und schriftzug)?|schriftzug|logo)(?: (?:der|des|von|de la|de l'|du|de|del))? /i,
        '',
      )
      .replace(/\s*(?:logo|crest|coat of arms|home(?: ?page)?|(?:- )?go to (?:the )?home ?page)$/i, '')
      .trim()
  );
}

/** Short text of the first element matching any selector. */
export function firstText(root: ParentNode, selectors: readonly string[], max = 2_000): string {
  for (const sel of selectors) {
    let el: Element | null = null;
    try {
      el = root.querySelector(sel);
    } catch {
      continue;
    }
    // Logos name the company in their alt text.
    const t = el?.tagName === 'IMG' ? logoName(el) : textOf(el, max);
    if (t) return t;
  }
  return '';
}

export function firstEl(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {}
  }
  return null;
}

export function metaContent(doc: Document, key: string): string {
  // Meta tags live in <head>; searching only there keeps this cheap on huge pages.
  const root: ParentNode = doc.head ?? doc;
  const el =
    root.querySelector(`meta[property="${key}"]`) ??
    root.querySelector(`meta[name="${key}"]`) ??
    root.querySelector(`meta[itemprop="${key}"]`);
  const v = el?.getAttribute('content') ?? el?.getAttribute('value') ?? '';
  return squash(decodeEntities(v)).slice(0, 5_000);
}

/** Attributes app frameworks mount their state in: Inertia's `data-page`, React on Rails' props. */
export const STATE_ATTRIBUTES = ['data-page', 'data-props', 'data-react-props'] as const;

/** The data a page ships in an element: a script's (or <code>'s) text, or a mount point's JSON attribute. */
export function embeddedText(el: Element): string {
  for (const a of STATE_ATTRIBUTES) {
    const v = el.getAttribute(a);
    if (v) return v;
  }
  return el.textContent ?? '';
}
