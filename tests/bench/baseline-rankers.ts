/**
 * Plain rankers the match engine must beat on the same texts: word overlap (Jaccard of word sets)
 * and TF-IDF cosine between the resume and the whole posting. No skills taxonomy, no rules.
 */

const STOP = new Set(
  'a an and are as at be by for from has have in is it of on or our the to we will with you your this that our us who what they their'.split(
    ' ',
  ),
);

export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9+#.]+/g) ?? [])
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w.length > 1 && !STOP.has(w));
}

export function overlapScore(resume: string, posting: string): number {
  const a = new Set(words(resume));
  const b = new Set(words(posting));
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** TF-IDF vectors over a corpus of documents; `score` is the cosine of two documents' vectors. */
export function tfidf(documents: string[]): (a: number, b: number) => number {
  const bags = documents.map((d) => {
    const tf = new Map<string, number>();
    for (const w of words(d)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const vectors = bags.map((bag) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, f] of bag) {
      const x = (1 + Math.log(f)) * Math.log((n + 1) / ((df.get(w) ?? 0) + 1) + 1);
      v.set(w, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) || 1 };
  });
  return (a, b) => {
    const [x, y] = [vectors[a]!, vectors[b]!];
    let dot = 0;
    for (const [w, val] of x.v) dot += val * (y.v.get(w) ?? 0);
    return dot / (x.norm * y.norm);
  };
}
