/**
 * Lines as a PDF's text layer gives them: the page's measure (its longest line), whether a line ends its
 * sentence, and the sentences a page broke over lines put back together.
 */
/** A line that ends its sentence (or its clause: a page does not break a line after one by chance). */
export const ENDS_SENTENCE = /[.!?:;]\s*$/;
/**
 * The page's measure: the resume's longest line, the width its page gave a line. A line that comes
 * within 85% of it was broken by the page, not by its writer.
 */
export const lineMeasure = (text: string) =>
  text.split('\n').reduce((longest, l) => Math.max(longest, l.trim().length), 0);
export const fillsWidth = (line: string, measure: number) => line.length >= 0.85 * measure;

/**
 * Sentences a PDF broke over lines ("Looking for a Staff IC\nrole, fully remote within the US."), put
 * back together: a line that does not end a sentence runs on when the next begins in lower case or with
 * a bracket, or whatever it begins with when the line stops mid-phrase. Header lines ("Austin, TX | …"
 * then "US citizen") begin in capitals and stay apart.
 */
// A line that stops on a comma, an article, a preposition or a conjunction has more to say, whatever the
// case of the next line ("hybrid in\nLondon", "agency recruiting,\nHR generalist or …").
export const UNFINISHED = /(?:,|\b(?:a|an|the|in|at|on|of|for|to|from|with|within|and|or|as))\s*$/i;
/**
 * A line of running prose (a sentence ends inside it, "… Currents). Looking for a Senior Lifecycle
 * Marketing") that stops without ending its last sentence runs on into the next line, whatever its case
 * ("Manager role, hybrid in Chicago or remote US."). A contact line has no sentence end inside.
 */
const PROSE_RUNS_ON = /[.!?)]\s+[A-Z][^.!?]*[^.!?:;\s]\s*$/;
/**
 * A line of running prose (eight words or more, half of them in lower case) that fills the measure of
 * the page was broken by the page before its sentence ended ("… seeking a Clinical Nurse
 * Educator or Nursing Professional" / "Development position …"). A shorter line ended where its writer
 * ended it ("Polish citizen (EU), living in Berlin since 2016"); a contact line is not lower-case words.
 */
function fillsMeasure(line: string, measure: number): boolean {
  const words = line.trim().split(/\s+/);
  return (
    fillsWidth(line, measure) &&
    words.length >= 8 &&
    words.filter((w) => /^[a-z]/.test(w)).length * 2 >= words.length
  );
}
/**
 * Whether `line` goes on the sentence `prev` left unfinished; `above`, the line printed just above it
 * (the last of those `prev` joins), is what filled the measure or not.
 */
export const runsOn = (prev: string, line: string, measure = Number.POSITIVE_INFINITY, above = prev) =>
  !ENDS_SENTENCE.test(prev) &&
  (/^\s*[a-z(]/.test(line) ||
    UNFINISHED.test(prev) ||
    PROSE_RUNS_ON.test(prev) ||
    fillsMeasure(above, measure));
/** `measure`: the longest line of the whole resume, the width its page gave a line. */
export function unwrapLines(lines: readonly string[], measure = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    if (prev !== undefined && runsOn(prev, line, measure, lines[i - 1]))
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  });
  return out;
}
