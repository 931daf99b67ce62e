import { type Board, boardById, boardMatches, sniffBoard, toUrl } from '../boards/index.ts';
import type { SiteAdapter } from './types.ts';

/**
 * Capture adapters register themselves when their module is imported; `adapters/all.ts` imports
 * every one (the extractor, tests, benchmark). A board's adapter takes its id and URL test from
 * the board (shared/boards), and adds only the reading its selectors cannot do.
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

/** The id and anchored URL test an adapter takes from its board. */
export const fromBoard = (board: Board): Pick<SiteAdapter, 'id' | 'matches'> => ({
  id: board.id,
  matches: (u) => boardMatches(board, u),
});

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
  // Boards: the scan's attribute signatures, else one combined selector query.
  const seen = board !== undefined ? board : doc ? sniffBoard(doc) : null;
  const known = seen ? list.find((a) => a.id === seen) : undefined;
  if (known) return known;
  if (!doc) return null;
  return list.find((a) => a.sniff && !boardById(a.id) && a.sniff(doc)) ?? null;
}
