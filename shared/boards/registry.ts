import { hostIsAny } from './host.ts';
import type { Board } from './types.ts';

/**
 * Boards register themselves when their module is imported (`all.ts` imports every one). Every
 * list of boards elsewhere (URL tests, shared hosts, ATS hosts, signatures, adapters) is read from here.
 */
const registered: Board[] = [];

export function defineBoard(board: Board): Board {
  // A module evaluated again (hot reload) replaces its board.
  const at = registered.findIndex((b) => b.id === board.id);
  if (at >= 0) registered.splice(at, 1);
  // Kept in id order, so which board a page matches first never depends on import order.
  registered.splice(registered.filter((b) => b.id < board.id).length, 0, board);
  return board;
}

export function allBoards(): readonly Board[] {
  return registered;
}

export const boardById = (id: string): Board | undefined => registered.find((b) => b.id === id);

/** The board's anchored URL test: its hosts (and path), or its embed parameter on any host. */
export function boardMatches(board: Board, u: URL): boolean {
  if (board.param && u.searchParams.has(board.param)) return true;
  return hostIsAny(u.hostname, board.hosts) && (!board.path || board.path.test(u.pathname));
}

export const boardOfUrl = (u: URL): Board | null => registered.find((b) => boardMatches(b, u)) ?? null;
