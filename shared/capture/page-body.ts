/** Elements a parser keeps in <head>; anything else straight under <html> is the page's body. */
const HEAD_TAGS = new Set([
  'HEAD',
  'BODY',
  'META',
  'TITLE',
  'LINK',
  'STYLE',
  'SCRIPT',
  'BASE',
  'NOSCRIPT',
  'TEMPLATE',
]);

/**
 * The element holding the page. A browser always builds one <body>; a page saved with its optional
 * tags left out (SingleFile writes "<html><meta …><title>…<body>…" or no <body> at all) parsed outside
 * one (linkedom, in tests and the bench) gets an empty implied <body>, with the content after it.
 */
export function bodyOf(doc: Document): Element | null {
  const body = doc.body;
  if (body?.firstElementChild) return body;
  const root = doc.documentElement;
  for (let c = root?.firstElementChild ?? null; c; c = c.nextElementSibling) {
    // "<html><meta …><title>…</title><body>…": the page's own <body> after an implied, empty one.
    if (c.tagName === 'BODY' && c.firstElementChild) return c;
    if (!HEAD_TAGS.has(c.tagName)) return root;
  }
  return body;
}
