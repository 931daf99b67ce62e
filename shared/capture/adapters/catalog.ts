import { textOf } from '../dom.ts';
import type { SiteAdapter } from '../types.ts';
import * as urls from '../urls.ts';

/**
 * Which adapter serves which host, and how to load it. Kept tiny (URL predicates only) so the
 * content script can decide what to import without bundling every adapter.
 */
export interface CatalogEntry {
  id: string;
  matches(url: URL): boolean;
  /** Cheap DOM signature for white-label pages (custom career domains). */
  sniff?(doc: Document): boolean;
  load(): Promise<SiteAdapter>;
}

const entry = (
  id: string,
  matches: (u: URL) => boolean,
  load: () => Promise<{ default: SiteAdapter }>,
  sniff?: (d: Document) => boolean,
): CatalogEntry => ({
  id,
  matches,
  ...(sniff ? { sniff } : {}),
  load: () => load().then((m) => m.default),
});

export const ADAPTER_CATALOG: readonly CatalogEntry[] = [
  entry('linkedin', urls.isLinkedIn, () => import('./linkedin.ts'), urls.sniff('linkedin')),
  entry('indeed', urls.isIndeed, () => import('./indeed.ts'), urls.sniff('indeed')),
  entry('greenhouse', urls.isGreenhouse, () => import('./greenhouse.ts'), urls.sniff('greenhouse')),
  entry('lever', urls.isLever, () => import('./lever.ts'), urls.sniff('lever')),
  entry('ashby', urls.isAshby, () => import('./ashby.ts'), urls.sniff('ashby')),
  entry('workday', urls.isWorkday, () => import('./workday.ts'), urls.sniff('workday')),
  entry(
    'smartrecruiters',
    urls.isSmartRecruiters,
    () => import('./smartrecruiters.ts'),
    urls.sniff('smartrecruiters'),
  ),
  entry('workable', urls.isWorkable, () => import('./workable.ts'), urls.sniff('workable')),
  entry('teamtailor', urls.isTeamtailor, () => import('./teamtailor.ts'), urls.sniff('teamtailor')),
  entry('breezy', urls.isBreezy, () => import('./breezy.ts'), urls.sniff('breezy')),
  entry('wellfound', urls.isWellfound, () => import('./wellfound.ts')),
  entry('glassdoor', urls.isGlassdoor, () => import('./glassdoor.ts'), urls.sniff('glassdoor')),
  entry('ziprecruiter', urls.isZipRecruiter, () => import('./ziprecruiter.ts'), urls.sniff('ziprecruiter')),
  entry('dice', urls.isDice, () => import('./dice.ts'), urls.sniff('dice')),
  entry('hackernews', urls.isHackerNews, () => import('./hackernews.ts')),
  entry('seek', urls.isSeek, () => import('./seek.ts'), urls.sniff('seek')),
];

export const adapterIds = (): string[] => ADAPTER_CATALOG.map((e) => e.id);

/** Import (and so register) the adapter for this page, if any. */
export async function loadAdapterFor(url: string, doc?: Document): Promise<SiteAdapter | null> {
  const u = urls.toUrl(url);
  const hit =
    (u && ADAPTER_CATALOG.find((e) => e.matches(u))) || (doc && ADAPTER_CATALOG.find((e) => e.sniff?.(doc)));
  return hit ? hit.load() : null;
}

/**
 * Cheap check for the in-page Save button: is this likely a posting, and which adapter applies?
 * Reads only a few selectors; the full extraction runs when the user saves.
 */
export function detectPosting(doc: Document, url: string): { likely: boolean; adapter: string | null } {
  const u = urls.toUrl(url);
  const hit = (u && ADAPTER_CATALOG.find((e) => e.matches(u))) || null;
  const board = hit ? null : urls.sniffBoard(doc);
  const ld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, 20)
    .some((s) => /"JobPosting"/.test((s.textContent ?? '').slice(0, 200_000)));
  const micro = !!doc.querySelector('[itemtype*="schema.org/JobPosting" i]');
  const heading = !!doc.querySelector('h1, h2');
  // Job-ad wording: an apply call plus the usual section names.
  const text = textOf(doc.body, 30_000);
  const words = new Set((text.match(JOB_AD_WORDS) ?? []).map((w) => w.toLowerCase()));
  const wordy = heading && /\bapply\b/i.test(text) && words.size >= 2;
  return { likely: ld || micro || ((!!hit || !!board) && heading) || wordy, adapter: hit?.id ?? board };
}

const JOB_AD_WORDS =
  /responsibilities|requirements|qualifications|what you(?:'|’)ll do|about the (?:role|job|position)|what we(?:'|’)re looking for|years of experience|benefits|job description|employment type/gi;
