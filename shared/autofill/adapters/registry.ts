import type { FieldType } from '../types.ts';
import { matchesSimple } from './selector.ts';

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
  for (const a of adapters) for (const host of hosts) if (onDomain(host, a.domains)) return a;
  return adapters.find((a) => a.marker && root.querySelector(a.marker)) ?? null;
}

/** The adapter's type for a control, if one of its selectors names it. */
export function adapterType(adapter: AtsAdapter, el: Element): AdapterSelector | null {
  return adapter.selectors.find((s) => matchesSimple(el, s.selector)) ?? null;
}
