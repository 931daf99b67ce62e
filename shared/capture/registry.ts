import type { SiteAdapter } from './types.ts';
import { SIGNATURES, sniffBoard, toUrl } from './urls.ts';

/**
 * Adapters register themselves when their module is imported (one file per board/ATS). The content
 * script imports only the one it needs through `catalog.ts` (`loadAdapterFor`); tests and the
 * benchmark import `adapters/all.ts` to register every one.
 */

const registered: SiteAdapter[] = [];

export function registerAdapter(adapter: SiteAdapter): SiteAdapter {
  const at = registered.findIndex((a) => a.id === adapter.id);
  if (at >= 0) registered[at] = adapter;
  else registered.push(adapter);
  return adapter;
}

export function registeredAdapters(): readonly SiteAdapter[] {
  return registered;
}

/** The adapter for a page: URL match first, then a DOM signature (white-label career sites). */
export function adapterFor(
  url: string | URL,
  doc: Document | null,
  list: readonly SiteAdapter[] = registered,
  /** Board already recognised by the page scan; `undefined` means "not scanned, sniff the DOM". */
  board?: string | null,
): SiteAdapter | null {
  const u = toUrl(url);
  if (u) {
    const byUrl = list.find((a) => a.matches(u));
    if (byUrl) return byUrl;
  }
  if (!doc && board === undefined) return null;
  // Built-in boards: the scan's attribute signatures, else one combined selector query.
  const seen = board !== undefined ? board : doc ? sniffBoard(doc) : null;
  const known = seen ? list.find((a) => a.id === seen) : undefined;
  if (known) return known;
  if (!doc) return null;
  return list.find((a) => a.sniff && !(a.id in SIGNATURES) && a.sniff(doc)) ?? null;
}
