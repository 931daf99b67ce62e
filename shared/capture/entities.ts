/** HTML entities by name, for decoding text that arrives escaped (JSON-LD, embedded state) without a DOM. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

/** Decode HTML entities (also double-encoded ones such as "&amp;#39;"), without a DOM. */
export function decodeEntities(s: string): string {
  if (!s || s.indexOf('&') < 0) return s;
  let prev = '';
  let cur = s;
  for (let i = 0; i < 3 && cur !== prev && cur.indexOf('&') >= 0; i++) {
    prev = cur;
    cur = cur.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return NAMED[code.toLowerCase()] ?? m;
    });
  }
  return cur;
}
