import type { SelectorSpec } from '../boards/types.ts';
import { firstEl } from './dom.ts';
import type { PostingFields } from './types.ts';

/**
 * The one rule for "this page is a job posting". The extractor applies it to what it read (that
 * decides whether the popup, the shortcut or the button saves), and the content script applies it
 * to what it can read cheaply on every page (that decides whether the in-page Save button shows).
 */
export interface PostingEvidence {
  /** JobPosting structured data (JSON-LD or microdata). */
  structured: boolean;
  /** A known board's single-posting view (its adapter, or its `posting` selectors). */
  boardPosting: boolean;
  /** What the page reads as: its title and text, and posting facts found in it. */
  fields: Partial<
    Pick<PostingFields, 'title' | 'descriptionText' | 'salary' | 'employmentType' | 'locations'>
  >;
}

export function isPostingPage(e: PostingEvidence): boolean {
  return e.structured || e.boardPosting || readsLikeJobAd(e.fields);
}

const JOB_WORDS =
  /responsibilit|requirements|qualifications|what you(?:'|’)ll (?:do|bring|need)|what you will (?:do|bring|need)|about the (?:role|job|position)|what we(?:'|’)re looking for|what we are looking for|about you|you might be a fit|nice to have|good to have|must[- ]have|experience (?:with|in)|years of (?:professional )?experience|apply|benefits|what we offer|your (?:profile|mission|tasks)|aufgaben|profil|missions/gi;

/** Characters of text the rule reads (a description longer than this is a job ad or not by then). */
export const JOB_AD_TEXT_LIMIT = 30_000;

/**
 * No structured data and no board: a title plus a description that reads like a job ad. Posting
 * facts found on the page (pay, employment type, location) count as evidence too.
 */
export function readsLikeJobAd(f: PostingEvidence['fields']): boolean {
  if (!f.title || !f.descriptionText) return false;
  const hits = new Set(
    (f.descriptionText.slice(0, JOB_AD_TEXT_LIMIT).match(JOB_WORDS) ?? []).map((w) => w.toLowerCase()),
  );
  const facts = [f.salary, f.employmentType, f.locations?.length].filter(Boolean).length;
  return f.descriptionText.length > 300 && hits.size + facts >= 2;
}

/** A board's single-posting view: its `posting` marks, else a title beside a description. */
export function boardShowsPosting(spec: SelectorSpec | undefined, doc: Document): boolean {
  if (!spec) return false;
  const root: ParentNode = (spec.root && firstEl(doc, spec.root)) || doc;
  if (spec.posting) return !!firstEl(root, spec.posting);
  return (
    !!firstEl(root, spec.title ?? []) &&
    !!firstEl(root, [...(spec.description ?? []), ...(spec.location ?? [])])
  );
}

/** JobPosting structured data, found without parsing it (a cheap test for every page). */
export function hasPostingMarkup(doc: Document): boolean {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*\[?\s*"JobPosting"/.test(script.textContent?.slice(0, 200_000) ?? '')) return true;
  }
  return !!doc.querySelector('[itemtype$="schema.org/JobPosting" i]');
}
