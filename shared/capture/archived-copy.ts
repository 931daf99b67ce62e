/**
 * An archived or cached copy of a posting (the Wayback Machine, archive.today, a search engine's
 * cache) sits at the archive's address; the posting's own address is inside it. Reading the page as
 * the original lets the board's adapter, the employer's domain and the ATS reference work as they do
 * on the live page, and a job saved from a copy links to the same job saved from the original.
 */

/** Hosts that serve copies of other sites' pages. */
const ARCHIVE_HOST =
  /(?:^|\.)(?:web\.archive\.org|wayback\.archive-it\.org|archive\.(?:ph|today|is|li|vn|md|fo)|webcache\.googleusercontent\.com|cachedview\.nl)$/i;
/**
 * The original inside an archive's own address: Wayback's "/web/20230412093011/https://…" (with an
 * "id_" or "if_" flag after the time), archive.today's "/2024.03.12-142209/https://…" and "/o/Xq7Lm/https://…".
 */
const ORIGINAL_IN_PATH =
  /^\/(?:web\/\d{4,14}(?:[a-z]{2}_)?|\d{4}\.\d{2}\.\d{2}-\d{6}|o\/[\w-]+)\/(https?:\/\/?[^\s"'<>]+)$/i;

const toUrl = (s: string): URL | null => {
  try {
    return new URL(s.replace(/^(https?:\/)([^/])/, '$1/$2'));
  } catch {
    return null;
  }
};

function originalInAddress(address: string, base: URL): URL | null {
  const u = toUrl(address.trim()) ?? (address.startsWith('/') ? toUrl(`${base.origin}${address}`) : null);
  if (!u || !ARCHIVE_HOST.test(u.hostname)) return null;
  const inner = `${u.pathname}${u.search}${u.hash}`.match(ORIGINAL_IN_PATH)?.[1];
  const original = inner ? toUrl(inner) : null;
  return original && !ARCHIVE_HOST.test(original.hostname) ? original : null;
}

/** The posting's own address when `url` is an archive's copy of it; null otherwise. */
export function originalOfCopy(doc: Document, url: URL): URL | null {
  if (!ARCHIVE_HOST.test(url.hostname)) return null;
  const fromUrl = originalInAddress(url.href, url);
  if (fromUrl) return fromUrl;
  // archive.today's short address ("/Xq7Lm") keeps the original in its microdata address and in the
  // "Saved from" box of its header.
  const candidates = [
    ...Array.from(doc.querySelectorAll('meta[itemprop="url"]'), (m) => m.getAttribute('content') ?? ''),
    ...Array.from(
      doc.querySelectorAll('input[readonly][value^="http"]'),
      (i) => i.getAttribute('value') ?? '',
    ),
  ];
  for (const c of candidates.slice(0, 10)) {
    const inner = originalInAddress(c, url) ?? toUrl(c);
    if (inner && !ARCHIVE_HOST.test(inner.hostname)) return inner;
  }
  return null;
}

/**
 * The address a saved file came from, as the saving tool wrote it in a comment: a browser's "saved from
 * url=(0073)https://…", HTTrack's "Mirrored from careers.example.com/jobs/… by HTTrack", SingleFile's
 * "url: https://…". Read only for a file with no web address of its own.
 */
const SAVED_FROM = [
  /saved from url=\(\d+\)(https?:\/\/\S+)/i,
  /Mirrored from (\S+) by HTTrack/i,
  /Page saved with SingleFile[\s\S]{0,40}?\burl: (https?:\/\/\S+)/i,
];

export function addressOfSavedFile(doc: Document): URL | null {
  const nodes = [
    ...Array.from(doc.childNodes),
    ...Array.from(doc.documentElement?.childNodes ?? []).slice(0, 8),
    ...Array.from(doc.head?.childNodes ?? []).slice(0, 12),
  ];
  for (const n of nodes) {
    if (n.nodeType !== 8) continue;
    const text = (n.textContent ?? '').slice(0, 600);
    for (const re of SAVED_FROM) {
      const found = text.match(re)?.[1];
      const u = found ? toUrl(/^https?:/i.test(found) ? found : `https://${found}`) : null;
      if (u?.hostname.includes('.')) return u;
    }
  }
  return null;
}
