import { Readability } from '@mozilla/readability';
import { toUrl } from '../boards/host.ts';
import { fuzzyKey } from '../domain/job-identity.ts';
import { addressOfSavedFile, originalOfCopy } from './archived-copy.ts';
import { deriveFields } from './derive.ts';
import { atsRefFromUrl, canonicalUrl } from './identity.ts';
import { mergeSources, offer, THIN_DESCRIPTION } from './merge.ts';
import { htmlToText, sanitizeHtmlString } from './normalize/html.ts';
import { locationText } from './normalize/location.ts';
import { isPostingPage } from './posting-rule.ts';
import { adapterFor, registeredAdapters } from './registry.ts';
import { readAppState } from './sources/app-state.ts';
import { readGeneric } from './sources/generic.ts';
import { readJsonLd } from './sources/jsonld.ts';
import { readMicrodata } from './sources/microdata.ts';
import { pageSignals } from './sources/page.ts';
import { sameJob, visibleJobTitle } from './sources/same-posting.ts';
import { scanPage } from './sources/scan.ts';
import type { CapturedJob, ExtractOptions, PostingFields, SourceResult } from './types.ts';

/**
 * extractJob: structured data first (JSON-LD, microdata), then the site adapter, then the generic
 * reader (meta + heuristics), then Readability only if no description was found. Each field keeps
 * the strongest source's value with its provenance; what is still missing is listed in `gaps`.
 */

/** Fields the UI flags when missing. */
export const CORE_FIELDS: readonly (keyof PostingFields)[] = [
  'title',
  'company',
  'locations',
  'workType',
  'salary',
  'employmentType',
  'descriptionText',
  'postedAt',
];

/** Above this many elements Readability is skipped (it clones and rescans the page). */
const READABILITY_MAX_ELEMENTS = 15_000;

export function extractJob(doc: Document, url: string, opts: ExtractOptions = {}): CapturedJob {
  const now = opts.now?.() ?? new Date();
  // A content script must never throw at the user: an unreadable page becomes an empty, flagged draft.
  if (!doc.documentElement) return blankDraft(url, now);
  try {
    return extractFrom(doc, url, opts, now);
  } catch {
    return blankDraft(url, now);
  }
}

function blankDraft(url: string, now: Date): CapturedJob {
  return {
    url,
    canonicalUrl: canonicalUrl(url),
    ats: atsRefFromUrl(url),
    fields: {},
    provenance: {},
    gaps: ['posting', ...CORE_FIELDS],
    extractedAt: now.toISOString(),
    isPosting: false,
    adapter: null,
    fuzzyKey: fuzzyKey('', ''),
  };
}

function extractFrom(doc: Document, url: string, opts: ExtractOptions, now: Date): CapturedJob {
  const given = toUrl(url);
  // An archived copy is read as the posting it copies (archived-copy.ts).
  const copied = given ? originalOfCopy(doc, given) : null;
  const u = copied ?? given ?? new URL('about:blank');
  // A saved file names the site it came from (its employer's domain, its country's currency), but its
  // markup may be years older than the board's adapter: only the page's own signature picks one.
  const saved = u.protocol === 'file:' ? addressOfSavedFile(doc) : null;
  const site = saved ?? u;
  const page = scanPage(doc);
  const sig = pageSignals(doc, site, page);
  // Structured data about another job than the one the page shows is not this posting's (same-posting.ts).
  const shown = visibleJobTitle(sig);
  const jsonld = safe(() => readJsonLd(doc, now, page.jsonLd, shown));
  const microRead = page.microdata ? safe(() => readMicrodata(doc, now, page.microdata)) : null;
  const micro =
    shown && microRead?.fields.title && !sameJob(shown, microRead.fields.title) ? null : microRead;
  // DOM sniffing costs full-page selector scans: skipped on pages too big to scan whole.
  const adapter = adapterFor(
    u,
    page.truncated ? null : doc,
    opts.adapters ?? registeredAdapters(),
    page.board,
  );
  const adapted = adapter ? safe(() => adapter.extract(doc, u, now)) : null;
  const adapterResult: SourceResult | null = adapted
    ? {
        fields: adapted.fields,
        source: 'adapter',
        confidence: 0.85,
        detail: `adapter:${adapter!.id}`,
        ...(adapted.confidenceOf ? { confidenceOf: adapted.confidenceOf } : {}),
      }
    : null;
  // The app's own data outranks what an adapter reads off a thin shell (a host slug as the company).
  const state = safe(() => readAppState(now, page.dataScripts));
  const appState = state?.posting ?? null;
  const strong = mergeSources([jsonld, micro, appState, adapterResult]);
  const known = new Set(Object.keys(strong.fields) as (keyof PostingFields)[]);
  // A short structured description may be a teaser: the page's own text is read to compare (merge.ts).
  if ((strong.fields.descriptionText?.length ?? 0) < THIN_DESCRIPTION) known.delete('descriptionText');
  // So may a structured FULL_TIME be a template's default: the page's own type is read to compare (merge.ts).
  if (strong.fields.employmentType === 'full_time') known.delete('employmentType');
  const generic = safe(() => readGeneric(doc, sig, now, known, page));
  // Pay only the app state carries comes last: it fills a page that states none, never overrides one.
  const merged = mergeSources([jsonld, micro, appState, adapterResult, generic, state?.payOnly ?? null]);
  const f = merged.fields;

  if (
    !f.descriptionText &&
    !opts.noReadability &&
    !adapted?.applicationPage &&
    !page.truncated &&
    page.visited <= READABILITY_MAX_ELEMENTS
  ) {
    const art = safe(() =>
      new Readability(doc.cloneNode(true) as Document, { maxElemsToParse: READABILITY_MAX_ELEMENTS }).parse(),
    );
    if (art?.content && (art.textContent ?? '').trim().length > 200) {
      const html = sanitizeHtmlString(art.content);
      offer(merged, 'descriptionHtml', html, {
        source: 'readability',
        confidence: 0.5,
        detail: 'Readability',
      });
      offer(merged, 'descriptionText', htmlToText(html), {
        source: 'readability',
        confidence: 0.5,
        detail: 'Readability',
      });
    }
  }

  for (const [k, v] of Object.entries(adapted?.fallbacks ?? {}) as [keyof PostingFields, unknown][]) {
    if (merged.provenance[k]) continue;
    offer(merged, k, v as never, {
      source: 'adapter',
      confidence: 0.3,
      detail: `adapter:${adapter!.id} (read off the address)`,
    });
  }
  deriveFields(merged, doc, site, page);

  const isPosting = isPostingPage({
    structured: !!(jsonld || micro),
    boardPosting: !!adapted?.posting,
    fields: f,
  });
  const gaps = CORE_FIELDS.filter(
    (k) => f[k] == null || (Array.isArray(f[k]) && (f[k] as unknown[]).length === 0),
  );
  const canonical = canonicalUrl(copied?.href ?? url);
  return {
    url,
    canonicalUrl: canonical,
    ats: atsRefFromUrl(copied?.href ?? url),
    fields: f,
    provenance: merged.provenance,
    gaps: isPosting ? gaps : [...new Set(['posting', ...gaps])],
    extractedAt: now.toISOString(),
    isPosting,
    adapter: adapter?.id ?? null,
    fuzzyKey: fuzzyKey(f.company ?? '', f.title ?? '', f.locations ? locationText(f.locations) : ''),
  };
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
