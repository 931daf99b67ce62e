import type { PostingFields, Provenance } from '../domain/index.ts';
import { SOURCE_RANK } from '../domain/source-rank.ts';
import { wordsOnly } from '../text/words-only.ts';
import type { FieldBag, SourceResult } from './types.ts';

export interface Merged {
  fields: FieldBag;
  provenance: Record<string, Provenance>;
}

function present(field: keyof PostingFields, v: unknown): boolean {
  if (v == null) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (field === 'salary') {
    const s = v as NonNullable<PostingFields['salary']>;
    return s.min != null || s.max != null;
  }
  return true;
}

/**
 * A thin value from a strong source (a 90-char JSON-LD description) loses to a full one, and so does
 * a teaser (a board's JSON-LD holding only the opening paragraph) that the page's full text begins with.
 */
function better(field: keyof PostingFields, cur: unknown, next: unknown): boolean {
  // Structured data's FULL_TIME is often a template's default ("FULL_TIME" on a contract or intern post): the
  // engagement the page names is the employer's. (Hours the page reads otherwise, from a schedule or a "Full or
  // part-time" line, are weaker than the data's.)
  if (field === 'employmentType')
    return cur === 'full_time' && (next === 'contract' || next === 'internship' || next === 'temporary');
  if (field === 'descriptionText' || field === 'descriptionHtml') {
    const [a, b] = [plain(String(cur)), plain(String(next))];
    if (a.length < 200 && b.length > a.length * 3) return true;
    // A summary written for the structured data (250 characters) beside a posting four times as long.
    if (a.length < THIN_DESCRIPTION && b.length > a.length * 4) return true;
    return (
      a.length < THIN_DESCRIPTION && b.length > a.length * 1.5 && words(b).includes(words(a).slice(0, 80))
    );
  }
  return false;
}

/** Below this many characters a structured description may be a teaser of the page's own text. */
export const THIN_DESCRIPTION = 600;

/** Text without tags, entities as a space and whitespace collapsed: what a teaser and its page share. */
const plain = (s: string) =>
  s
    .replace(/<[^>]*>|&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Only the words, lower-cased: a teaser flattens the page's headings into "About Acme: We build…"
 * where the page prints "About Acme" over "We build…".
 */
const words = wordsOnly;

export function mergeSources(results: readonly (SourceResult | null)[]): Merged {
  const fields: FieldBag = {};
  const provenance: Record<string, Provenance> = {};
  const rankOf: Partial<Record<keyof PostingFields, number>> = {};
  for (const r of results) {
    if (!r) continue;
    for (const [k, v] of Object.entries(r.fields) as [keyof PostingFields, unknown][]) {
      if (!present(k, v)) continue;
      const source = r.sourceOf?.[k] ?? r.source;
      const rank = SOURCE_RANK[source];
      const have = rankOf[k];
      if (have != null && have >= rank && !better(k, fields[k], v)) continue;
      // …whichever came first: a stronger source's thin description does not replace a full one.
      if (have != null && have < rank && better(k, v, fields[k])) continue;
      (fields as Record<string, unknown>)[k] = v;
      rankOf[k] = rank;
      provenance[k] = {
        source,
        confidence: r.confidenceOf?.[k] ?? r.confidence,
        detail: (r.detailOf?.[k] ?? r.detail).slice(0, 200),
      };
    }
  }
  // Description HTML and text travel together.
  if (
    provenance.descriptionText &&
    provenance.descriptionHtml?.source !== provenance.descriptionText.source
  ) {
    provenance.descriptionHtml = provenance.descriptionText;
  }
  return { fields, provenance };
}

/** Set a field only if nothing stronger has it (derived/late values). */
export function offer(m: Merged, field: keyof PostingFields, value: unknown, p: Provenance): void {
  if (!present(field, value)) return;
  const cur = m.provenance[field];
  if (cur && SOURCE_RANK[cur.source] >= SOURCE_RANK[p.source]) return;
  (m.fields as Record<string, unknown>)[field] = value;
  m.provenance[field] = p;
}
