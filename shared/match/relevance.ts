/**
 * What the work is about: a lexical similarity between the whole posting and the whole profile
 * (titles, bullets, skills, projects), so responsibilities and domains that are not taxonomy skills
 * ("billing and subscriptions", "design systems", "FP&A") count. Log term frequencies over
 * normalized words, with the words every posting uses (boilerplate) left out, and cosine between
 * the two vectors. Vectors are built once per job and per profile, outside scoring.
 */

/**
 * Words of every posting and every resume: they say nothing about what the work is. Words that name
 * what some jobs are about (design, growth, people, support, manage) are not here: for a designer, a
 * growth marketer or a support lead they are the work, and term rarity already weighs them down in a
 * list where every posting uses them.
 */
const BOILERPLATE = new Set(
  `a about above across after all also an and any are around as at be been being best both but by can
  could do does each either etc every for from get had has have help how i if in including into is it its
  just like make may more most must new no not of on one or other our out over own per plus so some such
  than that the their them then there these they this those through to too two up us use using very was
  we well were what when where which while who whom why will with within would you your yours
  ability able experience experienced years year strong work working works worked team teams role roles
  join joining looking opportunity opportunities company companies candidate candidates position skills
  skill knowledge understanding responsibilities responsibility requirements required requirement
  preferred qualifications qualification nice bonus benefits benefit salary pay compensation offer
  offering offers equal employer applicants apply application including include includes day days week
  weeks time full part based location locations office remote hybrid onsite site environment culture
  great good excellent passionate passion love want help helping across level senior junior lead
  staff principal mid high highly proven track record demonstrated minimum least plus ideally
  communication written verbal collaborate collaboration collaborative cross functional stakeholders
  self starter fast paced dynamic growing world class mission impact impactful
  ensure ensuring provide providing deliver delivering drive driving own owning
  build building built create creating develop developing developed
  improve improving lead leading led partner partnering closely day-to-day various multiple`.split(/\s+/),
);

/** Term -> count in one document. */
export type TermCounts = Map<string, number>;

/** "services" and "service", "engineers" and "engineer" are one term; short words stay as they are. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9+#&]+/)) {
    const w = raw.replace(/^&+|&+$/g, '');
    if (w.length < 2 || BOILERPLATE.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Counts of the text's terms; `extra` texts (titles) count again. */
export function termCounts(text: string, extra: string[] = []): TermCounts {
  const tf: TermCounts = new Map();
  for (const t of [...terms(text), ...extra.flatMap(terms)]) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/**
 * How rare each term is among the postings the person has saved: a word every saved posting uses
 * ("platform" for a platform engineer's list) tells their jobs apart less than one few use. With no
 * list (a single job), every term weighs 1.
 */
export interface TermRarity {
  idf(term: string): number;
}

export function termRarity(jobs: Iterable<TermCounts>): TermRarity {
  const df = new Map<string, number>();
  let n = 0;
  for (const job of jobs) {
    n++;
    for (const t of job.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  // Below a handful of postings the counts say nothing yet.
  if (n < 5) return EVEN;
  return { idf: (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1 };
}

const EVEN: TermRarity = { idf: () => 1 };

export interface Relevance {
  /** Cosine of the two weighted vectors, 0..1. */
  similarity: number;
  /** The shared terms, weightiest first, for the explanation. */
  shared: string[];
}

type Weighted = { v: Map<string, number>; norm: number };
/** Weighted vectors per (document, rarity): a profile is scored against thousands of jobs, each many times. */
const memo = new WeakMap<TermCounts, WeakMap<TermRarity, Weighted>>();

function weighted(counts: TermCounts, rarity: TermRarity): Weighted {
  let byRarity = memo.get(counts);
  if (!byRarity) {
    byRarity = new WeakMap();
    memo.set(counts, byRarity);
  }
  const known = byRarity.get(rarity);
  if (known) return known;
  const fresh = weigh(counts, rarity);
  byRarity.set(rarity, fresh);
  return fresh;
}

function weigh(counts: TermCounts, rarity: TermRarity): Weighted {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of counts) {
    const x = (1 + Math.log(f)) * rarity.idf(t);
    v.set(t, x);
    norm += x * x;
  }
  return { v, norm: Math.sqrt(norm) || 1 };
}

export function relevanceOf(profile: TermCounts, job: TermCounts, rarity: TermRarity = EVEN): Relevance {
  const p = weighted(profile, rarity);
  const j = weighted(job, rarity);
  let dot = 0;
  const contributions: Array<[string, number]> = [];
  for (const [t, x] of j.v) {
    const y = p.v.get(t);
    if (y === undefined) continue;
    dot += x * y;
    contributions.push([t, x * y]);
  }
  contributions.sort((a, b) => b[1] - a[1]);
  return {
    similarity: Math.min(1, dot / (p.norm * j.norm)),
    shared: contributions.map(([t]) => t),
  };
}
