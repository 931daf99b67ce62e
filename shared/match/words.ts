const STOP = new Set(
  'and or the a an of in on for to with our we you your will be is are as at by from this that have has experience years strong work working ability skills plus etc'.split(
    ' ',
  ),
);

/** Lower-cased words worth comparing (no stop words, 3+ letters). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z0-9+#]+/)) if (w.length > 2 && !STOP.has(w)) out.add(w);
  return out;
}
