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
): SiteAdapter | null {
  const u = toUrl(url);
  if (u) {
    const byUrl = list.find((a) => a.matches(u));
    if (byUrl) return byUrl;
  }
  if (!doc) return null;
  // Built-in boards share one combined signature query; custom adapters sniff on their own.
  const board = sniffBoard(doc);
  const known = board ? list.find((a) => a.id === board) : undefined;
  if (known) return known;
  return list.find((a) => a.sniff && !(a.id in SIGNATURES) && a.sniff(doc)) ?? null;
}
