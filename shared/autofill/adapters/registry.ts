import type { FieldType } from '../types.ts';

/** One exact selector of an ATS form and the field type it always holds. */
export interface AdapterSelector {
  selector: string;
  type: FieldType;
  /** Why this selector means this type (kept short). */
  note?: string;
}

export interface AtsAdapter {
  /** File name without extension. */
  id: string;
  /** The ATS's domains: the page or frame URL is on one of them, or (saved pages) its links and assets are. */
  domains: string[];
  /** Markup only this ATS produces, for pages whose URL is unknown and that link nowhere. */
  marker?: string;
  selectors: AdapterSelector[];
}

const adapters: AtsAdapter[] = [];

export function registerAdapter(adapter: AtsAdapter): AtsAdapter {
  if (!adapters.some((a) => a.id === adapter.id)) adapters.push(adapter);
  return adapter;
}

export function listAdapters(): readonly AtsAdapter[] {
  return adapters;
}

/** Hosts compared exactly or as a dot-suffix, never by substring. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function hostOf(href: string): string {
  const m = href.match(/^(?:https?:)?\/\/([^/?#:]+)/i);
  return m ? m[1]!.toLowerCase() : '';
}

const onDomain = (host: string, domains: string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

/** The ATS of a page: by its URL when known, else by the hosts its links and assets point to, else by markup. */
export function findAdapter(root: Document | ShadowRoot | Element, url?: string): AtsAdapter | null {
  if (url) {
    try {
      const parsed = new URL(url);
      const byUrl = adapters.find((a) => hostIs(parsed, ...a.domains));
      if (byUrl) return byUrl;
    } catch {
      // not a URL: fall back to markup
    }
  }
  const hosts = new Set<string>();
  for (const el of Array.from(
    root.querySelectorAll('a[href], link[href], script[src], form[action], iframe[src]'),
  )) {
    const host = hostOf(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '');
    if (host) hosts.add(host);
  }
  for (const a of adapters) for (const host of hosts) if (onDomain(host, a.domains)) return a;
  return adapters.find((a) => a.marker && root.querySelector(a.marker)) ?? null;
}

/** Resolves an adapter's selectors once per scan (one query each instead of one match per field). */
export function adapterIndex(
  adapter: AtsAdapter,
  root: Document | ShadowRoot | Element,
): (el: Element) => AdapterSelector | null {
  const hits = new Map<Element, AdapterSelector>();
  for (const s of adapter.selectors) {
    try {
      for (const el of Array.from(root.querySelectorAll(s.selector))) if (!hits.has(el)) hits.set(el, s);
    } catch {
      // a selector the DOM implementation cannot parse never matches
    }
  }
  // elements in shadow roots are not reached by the document query: match them one by one
  return (el) => hits.get(el) ?? (el.getRootNode?.() === root ? null : adapterType(adapter, el));
}

/** The adapter's type for a control, if one of its selectors names it. */
export function adapterType(adapter: AtsAdapter, el: Element): AdapterSelector | null {
  for (const s of adapter.selectors) {
    try {
      if (el.matches(s.selector)) return s;
    } catch {
      // a selector the DOM implementation cannot parse never matches
    }
  }
  return null;
}
