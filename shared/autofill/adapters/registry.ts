import { type AdapterSelector, allBoards, type Board, hostIsAny } from '../../boards/index.ts';
import { matchesSimple } from './selector.ts';

/**
 * The ATS adapters of autofill: the boards (shared/boards) that declare their application form's
 * selectors. Nothing registers here; a board that declares `autofill` is one.
 */
export type { AdapterSelector };
export type AtsAdapter = Board & { autofill: NonNullable<Board['autofill']> };

const hasForm = (b: Board): b is AtsAdapter => !!b.autofill;

export function listAdapters(): readonly AtsAdapter[] {
  return allBoards().filter(hasForm);
}

function hostOf(href: string): string {
  const m = href.match(/^(?:https?:)?\/\/([^/?#:]+)/i);
  return m ? m[1]!.toLowerCase() : '';
}

/** The ATS of a page: by its URL when known, else by the hosts its links and assets point to, else by markup. */
export function findAdapter(root: Document | ShadowRoot | Element, url?: string): AtsAdapter | null {
  const adapters = listAdapters();
  if (url) {
    try {
      const parsed = new URL(url);
      const byUrl = adapters.find((a) => hostIsAny(parsed.hostname, a.hosts));
      if (byUrl) return byUrl;
    } catch {
      // not a URL: fall back to markup
    }
  }
  const hosts = new Set<string>();
  // one walk by tag name: selector queries are slow in DOM shims
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName;
    const ref =
      tag === 'A' || tag === 'LINK'
        ? el.getAttribute('href')
        : tag === 'SCRIPT' || tag === 'IFRAME'
          ? el.getAttribute('src')
          : tag === 'FORM'
            ? el.getAttribute('action')
            : null;
    const host = ref ? hostOf(ref) : '';
    if (host) hosts.add(host);
  }
  for (const a of adapters) for (const host of hosts) if (hostIsAny(host, a.hosts)) return a;
  return adapters.find((a) => a.autofill.marker && root.querySelector(a.autofill.marker)) ?? null;
}

/** The adapter's type for a control, if one of its selectors names it. */
export function adapterType(adapter: AtsAdapter, el: Element): AdapterSelector | null {
  return adapter.autofill.selectors.find((s) => matchesSimple(el, s.selector)) ?? null;
}
