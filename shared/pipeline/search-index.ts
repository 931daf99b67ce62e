/**
 * A small inverted index over the pipeline's jobs (title, company, description) for the board's search box.
 * Every query word must match (AND); each matches any indexed word it begins ("eng" finds "engineer"), so
 * typing narrows the board at every keystroke. Words are folded (case, accents) the same way on both sides.
 *
 * A document's words are kept by id + version, so rebuilding after one job changed re-reads only that job.
 */

export interface SearchDoc {
  id: string;
  /** Changes whenever the text may have changed (the job's updatedAt). */
  version: string;
  title: string;
  company: string;
  description: string;
}

/** Words of a document, kept between builds. */
export type TokenCache = Map<string, { version: string; words: string[] }>;

export interface SearchIndex {
  readonly size: number;
  /** Ids of the documents matching every word of `query`; `null` for a query with no words (no filter). */
  search(query: string): Set<string> | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Folds case and accents and splits on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().match(WORD) ?? [];
}

function docWords(doc: SearchDoc): string[] {
  return [...new Set(words(`${doc.title} ${doc.company} ${doc.description}`))];
}

/** First index in sorted `list` whose entry is >= `key`. */
function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildSearchIndex(docs: readonly SearchDoc[], cache: TokenCache = new Map()): SearchIndex {
  const postings = new Map<string, number[]>();
  const seen = new Set<string>();
  docs.forEach((doc, n) => {
    seen.add(doc.id);
    let cached = cache.get(doc.id);
    if (cached?.version !== doc.version) {
      cached = { version: doc.version, words: docWords(doc) };
      cache.set(doc.id, cached);
    }
    for (const w of cached.words) {
      const list = postings.get(w);
      if (list) list.push(n);
      else postings.set(w, [n]);
    }
  });
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  const vocabulary = [...postings.keys()].sort();

  /** Marks every document holding a word that starts with `prefix`. */
  const mark = (prefix: string): Uint8Array => {
    const hits = new Uint8Array(docs.length);
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length; i++) {
      const w = vocabulary[i] as string;
      if (!w.startsWith(prefix)) break;
      for (const n of postings.get(w) as number[]) hits[n] = 1;
    }
    return hits;
  };

  return {
    size: docs.length,
    search(query) {
      const terms = [...new Set(words(query))];
      if (!terms.length) return null;
      let hits: Uint8Array | null = null;
      for (const term of terms) {
        const next = mark(term);
        if (hits) for (let n = 0; n < next.length; n++) next[n] &= hits[n] as number;
        hits = next;
      }
      const ids = new Set<string>();
      hits?.forEach((hit, n) => {
        if (hit) ids.add((docs[n] as SearchDoc).id);
      });
      return ids;
    },
  };
}
