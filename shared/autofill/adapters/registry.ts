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
  /** Anchored host test on the page (or frame) URL. */
  matchUrl: (url: URL) => boolean;
  /** Recognises the ATS from its markup when no URL is known (saved pages, benchmark). */
  matchDocument: (root: Document | ShadowRoot | Element) => boolean;
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

export function findAdapter(root: Document | ShadowRoot | Element, url?: string): AtsAdapter | null {
  if (url) {
    try {
      const parsed = new URL(url);
      const byUrl = adapters.find((a) => a.matchUrl(parsed));
      if (byUrl) return byUrl;
    } catch {
      // not a URL: fall back to markup
    }
  }
  return adapters.find((a) => a.matchDocument(root)) ?? null;
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
