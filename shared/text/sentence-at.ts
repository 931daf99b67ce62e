/** Where a sentence ends: a stop followed by a space or the text's end, or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/**
 * The sentence around an index, so a qualifier ("including commission", "Employer of Record") is read
 * in the figure's or the name's own sentence. A stop inside a figure or a name ("$24.80", "Inc.,")
 * does not end it.
 */
export function sentenceAt(text: string, at: number): string {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(SENTENCE_END)) start = m.index + m[0].length;
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text);
  return text.slice(start, end ? end.index + 1 : undefined).trim();
}
